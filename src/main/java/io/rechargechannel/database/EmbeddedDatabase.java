package io.rechargechannel.database;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server run from the binaries jar, for a machine with nothing but a JDK.
 *
 * <p>One server per JVM: dev mode reloads the application (and this class) on every change, so the
 * JDBC URL of the running server is kept in a system property, which survives the reload, and the
 * server is stopped by a JVM shutdown hook rather than by the application's own lifecycle.
 */
final class EmbeddedDatabase {

    static final String RUNNING_URL_PROPERTY = "recharge.embedded-postgres.running-url";
    static final String USER = "postgres";

    private EmbeddedDatabase() {
    }

    static synchronized String startOnce(Path dataDirectory) {
        String running = System.getProperty(RUNNING_URL_PROPERTY);
        if (running != null) {
            return running;
        }
        EmbeddedPostgres postgres = start(dataDirectory);
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        System.setProperty(RUNNING_URL_PROPERTY, url);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "embedded-postgres-stop"));
        Log.infof("Embedded PostgreSQL started on port %d, data in %s", postgres.getPort(), dataDirectory);
        return url;
    }

    private static EmbeddedPostgres start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + " (is another instance using this folder? set embedded-postgres.data-dir)", e);
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            Log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
