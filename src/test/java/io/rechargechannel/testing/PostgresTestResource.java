package io.rechargechannel.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real, throw-away PostgreSQL on a random port, shared by every {@code @QuarkusTest} (GLOBAL scope:
 * this annotation applies to all test classes, so they share one application start).
 *
 * <p>{@link #stopServer()} and {@link #startServer()} stop and start that same server (same port, same data
 * directory), for tests of a database outage: stopped with SIGINT (PostgreSQL's "fast" shutdown: clients are
 * disconnected, data is kept) and started again with the command line it wrote to {@code postmaster.opts}, under
 * {@code unshare -U} when run as root, as zonky starts it. The test resource finds the server through system
 * properties because Quarkus may load this class in a different class loader than the tests.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATA_DIR = "test.postgres.data-dir";
    private static final String PORT = "test.postgres.port";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
            rememberServer();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL for tests did not start", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        try {
            if (postgres != null) {
                // A server restarted by startServer() is not zonky's child: stop it ourselves.
                stopServer();
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fast shutdown: PostgreSQL disconnects every client and stops; the data stays. */
    public static void stopServer() {
        Path dataDir = Path.of(System.getProperty(DATA_DIR));
        long pid = postmasterPid(dataDir);
        if (pid < 0) {
            return;
        }
        run(List.of("kill", "-INT", Long.toString(pid)));
        ProcessHandle.of(pid).ifPresent(server -> server.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }

    /** Starts the server stopped by {@link #stopServer()} again, on the same port and data directory. */
    public static void startServer() {
        Path dataDir = Path.of(System.getProperty(DATA_DIR));
        try {
            // As zonky does: PostgreSQL refuses to run as root, but runs in a fresh user namespace.
            List<String> command = new ArrayList<>(List.of("unshare", "-U"));
            command.addAll(commandLine(Files.readString(dataDir.resolve("postmaster.opts"))));
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + "-restart.log").toFile()).start();
            awaitConnections(Integer.parseInt(System.getProperty(PORT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitConnections(int port) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                    "postgres", "")) {
                return;
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL did not come back on port " + port, notYet);
                }
                sleep(50);
            }
        }
    }

    private static long postmasterPid(Path dataDir) {
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

    private void rememberServer() throws IOException {
        String dataDir;
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW data_directory")) {
            r.next();
            dataDir = r.getString(1);
        } catch (SQLException e) {
            throw new IOException("cannot ask the test database for its data directory", e);
        }
        System.setProperty(DATA_DIR, dataDir);
        System.setProperty(PORT, String.valueOf(postgres.getPort()));
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
