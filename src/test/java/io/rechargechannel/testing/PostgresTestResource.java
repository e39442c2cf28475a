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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real, throw-away PostgreSQL on a random port, shared by every {@code @QuarkusTest} (GLOBAL scope:
 * this annotation applies to all test classes, so they share one application start).
 *
 * <p>{@link #stopServer()} and {@link #startServer()} stop and start that same server (same port, same data
 * directory) with its own {@code pg_ctl}, for tests of a database outage. They find the server through system
 * properties because Quarkus may load this class in a different class loader than the tests.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATA_DIR = "test.postgres.data-dir";
    private static final String PG_CTL = "test.postgres.pg-ctl";
    private static final String PORT = "test.postgres.port";
    /** zonky's defaults for the server, repeated on a restart. */
    private static final String SERVER_OPTIONS = "-c timezone=UTC -c synchronous_commit=off -c max_connections=300";

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
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fast shutdown: PostgreSQL disconnects every client and stops; the data stays. */
    public static void stopServer() {
        pgCtl("-D", System.getProperty(DATA_DIR), "-m", "fast", "-w", "stop");
    }

    /** Starts the server stopped by {@link #stopServer()} again, on the same port and data directory. */
    public static void startServer() {
        String dataDir = System.getProperty(DATA_DIR);
        pgCtl("-D", dataDir, "-w", "-l", dataDir + "/../restart-" + System.getProperty(PORT) + ".log",
                "-o", "-p " + System.getProperty(PORT) + " " + SERVER_OPTIONS, "start");
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
        // postmaster.opts holds the server's command line; pg_ctl sits next to the postgres binary.
        String opts = Files.readString(Path.of(dataDir, "postmaster.opts")).strip();
        String postgresBinary = opts.substring(0, opts.indexOf(' '));
        System.setProperty(DATA_DIR, dataDir);
        System.setProperty(PG_CTL, Path.of(postgresBinary).resolveSibling("pg_ctl").toString());
        System.setProperty(PORT, String.valueOf(postgres.getPort()));
    }

    private static void pgCtl(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(System.getProperty(PG_CTL)));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + String.join(" ", args) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
