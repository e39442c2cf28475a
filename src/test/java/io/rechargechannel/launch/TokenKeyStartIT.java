package io.rechargechannel.launch;

import io.rechargechannel.testing.PackagedApp;
import io.rechargechannel.testing.RestartablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Instances that share an external PostgreSQL must share the token key: the packaged application, started as an
 * operator would, refuses to start without {@code CHANNEL_TOKEN_KEY}, refuses a key that cannot read the stored
 * tokens, and with {@code CHANNEL_TOKEN_KEY_PREVIOUS} re-encrypts them under the new key at start.
 */
class TokenKeyStartIT {

    private static RestartablePostgres shared;
    private final Path work = PackagedApp.freshDirectory(Launches.WORK.resolve("token-key"));
    /** Channels point at the sandbox by URL: every start of a test listens where the first did. */
    private final int port = PackagedApp.freePort();

    @BeforeAll
    static void startTheSharedDatabase() {
        shared = RestartablePostgres.start();
    }

    @AfterAll
    static void stopTheSharedDatabase() {
        shared.close();
    }

    private PackagedApp.Launch instance(String name) {
        return Launches.launch(name, work).port(port)
                .env("QUARKUS_DATASOURCE_JDBC_URL", shared.jdbcUrl())
                .env("QUARKUS_DATASOURCE_USERNAME", "postgres")
                .env("QUARKUS_DATASOURCE_PASSWORD", "")
                .env("SANDBOX_ENABLED", "true")
                .env("SANDBOX_STORES_FILE", work.resolve("sandbox-stores.json").toAbsolutePath().toString())
                .env("RECHARGE_ALLOWED_BASE_URLS", "https://api.rechargeapps.com,http://localhost")
                .env("SYNC_ENABLED", "false");
    }

    @Test
    void anExternalDatabaseWithoutAKeyRefusesToStart() {
        PackagedApp.Exit exit = instance("no-key").startExpectingExit(Launches.START);

        assertThat(exit.code()).isNotZero();
        assertThat(exit.log()).contains("CHANNEL_TOKEN_KEY");
    }

    @Test
    void aKeyThatCannotReadTheStoredTokensRefusesToStartAndThePreviousKeyRotatesThem() throws SQLException {
        String first = Launches.newKey();
        String second = Launches.newKey();
        long channel;
        try (PackagedApp app = instance("first-key").env("CHANNEL_TOKEN_KEY", first).start(Launches.START)) {
            channel = Launches.sandboxChannel(app, "Rotated");
        }

        PackagedApp.Exit refused = instance("other-key").env("CHANNEL_TOKEN_KEY", second)
                .startExpectingExit(Launches.START);
        assertThat(refused.code()).isNotZero();
        assertThat(refused.log()).contains("CHANNEL_TOKEN_KEY").contains("channel " + channel);

        try (PackagedApp app = instance("rotating").env("CHANNEL_TOKEN_KEY", second)
                .env("CHANNEL_TOKEN_KEY_PREVIOUS", first).start(Launches.START)) {
            String fingerprint = Launches.find(app.log(), "Token key: CHANNEL_TOKEN_KEY \\(fingerprint (\\w+)\\)");
            assertThat(app.log()).contains("Re-encrypted 1 access token");
            // Under the new key only (its fingerprint is bound to the ciphertext), so the previous key can go.
            assertThat(ciphertext(channel)).startsWith("v2:" + fingerprint + ":");
            syncsWell(app, channel);
        }
    }

    /** The token decrypts and ReCharge (the sandbox store, back after two restarts) accepts it. */
    private static void syncsWell(PackagedApp app, long channel) {
        Launches.api(app).noContentType().post("/api/channels/{id}/sync", channel).then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).pollInterval(200, TimeUnit.MILLISECONDS).untilAsserted(() ->
                assertThat(Launches.api(app).get("/api/channels/{id}", channel).then().extract()
                        .<String>path("status")).isEqualTo("OK"));
    }

    private static String ciphertext(long channel) throws SQLException {
        try (Connection c = DriverManager.getConnection(shared.jdbcUrl(), "postgres", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT access_token_ciphertext FROM sales_channel WHERE id = " + channel)) {
            r.next();
            return r.getString(1);
        }
    }
}
