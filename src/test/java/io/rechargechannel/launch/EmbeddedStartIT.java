package io.rechargechannel.launch;

import io.rechargechannel.testing.PackagedApp;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain {@code java -jar target/quarkus-app/quarkus-run.jar}, nothing configured: its embedded PostgreSQL keeps
 * what it commits (fsync and synchronous_commit on), and the start says in a few lines what it runs on.
 */
class EmbeddedStartIT {

    private final Path work = PackagedApp.freshDirectory(Launches.WORK.resolve("embedded")).toAbsolutePath();

    @Test
    void aPlainStartIsDurableAndSaysWhatItRunsOn() throws SQLException {
        try (PackagedApp app = Launches.launch("plain", work).start(Launches.START)) {
            String log = app.log();
            String port = Launches.find(log, "Database: embedded PostgreSQL, single node, data in "
                    + java.util.regex.Pattern.quote(work.resolve("data/postgres").toString()) + ", port (\\d+)");
            assertThat(setting(port, "fsync")).isEqualTo("on");
            assertThat(setting(port, "synchronous_commit")).isEqualTo("on");
            assertThat(log).containsOnlyOnce("single node")
                    .contains("QUARKUS_DATASOURCE_JDBC_URL")
                    .contains("Sandbox: off")
                    .contains("Token key: generated key file " + work.resolve("data/token.key"))
                    .containsPattern("Users: (\\d+|table app_user does not exist yet)");
        }
    }

    private static String setting(String port, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW " + name)) {
            r.next();
            return r.getString(1);
        }
    }
}
