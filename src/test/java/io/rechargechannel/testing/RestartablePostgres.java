package io.rechargechannel.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A throw-away PostgreSQL from zonky's binaries (its fast test settings: no fsync, asynchronous commit) that a
 * test may stop and start again on the same port and data directory, as in a database outage.
 *
 * <p>Stopped with SIGINT (PostgreSQL's "fast" shutdown: clients are disconnected, data is kept); started again
 * the way zonky starts it, {@code pg_ctl -w start} with the options it wrote to {@code postmaster.opts} (under
 * {@code unshare -U} as root, because PostgreSQL refuses to run as root), so that zonky's own {@code pg_ctl stop}
 * at {@link #close()} stops it and removes the data directory. The restarted server logs to
 * {@code target/postgres-restart.log}, overwritten by each restart.
 */
public final class RestartablePostgres implements AutoCloseable {

    static final Path RESTART_LOG = Path.of("target", "postgres-restart.log");

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final int port;

    private RestartablePostgres(EmbeddedPostgres postgres, Path dataDir, int port) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.port = port;
    }

    public static RestartablePostgres start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return new RestartablePostgres(postgres, dataDirectoryOf(postgres), postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL for tests did not start", e);
        }
    }

    /** The server another class loader started: it can be stopped and started, not closed. */
    public static RestartablePostgres attach(Path dataDir, int port) {
        return new RestartablePostgres(null, dataDir, port);
    }

    public Path dataDir() {
        return dataDir;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Fast shutdown: PostgreSQL disconnects every client and stops; the data stays. */
    public void stopServer() {
        long pid = postmasterPid();
        if (pid < 0) {
            return;
        }
        run(List.of("kill", "-INT", Long.toString(pid)));
        ProcessHandle.of(pid).ifPresent(server -> server.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }

    /** Starts the server stopped by {@link #stopServer()} again, on the same port and data directory. */
    public void startServer() {
        try {
            List<String> opts = commandLine(Files.readString(dataDir.resolve("postmaster.opts")));
            Path postgresBinary = Path.of(opts.get(0));
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(postgresBinary.resolveSibling("pg_ctl").toString(), "-D", dataDir.toString(),
                    "-o", String.join(" ", serverOptions(opts)), "-l", RESTART_LOG.toAbsolutePath().toString(),
                    "-w", "start"));
            Files.createDirectories(RESTART_LOG.toAbsolutePath().getParent());
            Files.deleteIfExists(RESTART_LOG);
            run(command);
            awaitConnections();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (restarted or not) and removes its data directory. */
    @Override
    public void close() {
        if (postgres == null) {
            throw new IllegalStateException("an attached server is closed by whoever started it");
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code postmaster.opts} minus the binary and its data directory, which pg_ctl passes itself. */
    private static List<String> serverOptions(List<String> opts) {
        List<String> options = new ArrayList<>();
        for (int i = 1; i < opts.size(); i++) {
            if (opts.get(i).equals("-D")) {
                i++;
            } else {
                options.add(opts.get(i));
            }
        }
        return options;
    }

    private void awaitConnections() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Connection c = DriverManager.getConnection(jdbcUrl(), "postgres", "")) {
                return;
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL did not come back on port " + port, notYet);
                }
                PackagedApp.sleep(50);
            }
        }
    }

    private long postmasterPid() {
        try {
            Path pidFile = dataDir.resolve("postmaster.pid");
            return Files.exists(pidFile) ? Long.parseLong(Files.readAllLines(pidFile).get(0).strip()) : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code /path/postgres "-D" "/dir" "-p" "5432"}: the binary, then quoted arguments. */
    private static List<String> commandLine(String opts) {
        List<String> command = new ArrayList<>();
        Matcher token = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(opts.strip());
        while (token.find()) {
            command.add(token.group(1) != null ? token.group(1) : token.group(2));
        }
        return command;
    }

    private static Path dataDirectoryOf(EmbeddedPostgres postgres) throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW data_directory")) {
            r.next();
            return Path.of(r.getString(1));
        } catch (SQLException e) {
            throw new IOException("cannot ask the test database for its data directory", e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
