package io.rechargechannel.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

import java.nio.file.Path;
import java.util.Map;

/**
 * A real, throw-away PostgreSQL on a random port, shared by every {@code @QuarkusTest} (GLOBAL scope:
 * this annotation applies to all test classes, so they share one application start).
 *
 * <p>{@link #stopServer()} and {@link #startServer()} stop and start that same server ({@link RestartablePostgres})
 * for tests of a database outage. They find it through system properties because Quarkus may load this class in a
 * different class loader than the tests.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATA_DIR = "test.postgres.data-dir";
    private static final String PORT = "test.postgres.port";

    private RestartablePostgres postgres;

    @Override
    public Map<String, String> start() {
        postgres = RestartablePostgres.start();
        System.setProperty(DATA_DIR, postgres.dataDir().toString());
        System.setProperty(PORT, String.valueOf(postgres.port()));
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Fast shutdown: PostgreSQL disconnects every client and stops; the data stays. */
    public static void stopServer() {
        running().stopServer();
    }

    /** Starts the server stopped by {@link #stopServer()} again, on the same port and data directory. */
    public static void startServer() {
        running().startServer();
    }

    private static RestartablePostgres running() {
        return RestartablePostgres.attach(Path.of(System.getProperty(DATA_DIR)),
                Integer.parseInt(System.getProperty(PORT)));
    }
}
