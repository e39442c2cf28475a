package io.rechargechannel.launch;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.rechargechannel.testing.PackagedApp;
import io.rechargechannel.testing.RestartablePostgres;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Emails as operators meet them, with the packaged application started as processes on one PostgreSQL: a prod start
 * whose channels send emails but which has no SMTP host says so in its start log and in readiness; and two
 * instances, each with its own sender, deliver every email of a bulk despatch to a real SMTP server exactly once.
 */
class EmailStartIT {

    private RestartablePostgres shared;
    private static final Path WORK = PackagedApp.freshDirectory(Launches.WORK.resolve("emails"));
    /** One key for every instance: instances of a test share its database and so its stored tokens. */
    private static final String KEY = Launches.newKey();

    /** A database of each test's own, shared by that test's instances: neither test sees the other's channels. */
    @BeforeEach
    void startTheSharedDatabase() {
        shared = RestartablePostgres.start();
    }

    @AfterEach
    void stopTheSharedDatabase() {
        shared.close();
    }

    private PackagedApp.Launch instance(String name, int port) {
        return Launches.launch(name, WORK.resolve(name)).port(port)
                .env("QUARKUS_DATASOURCE_JDBC_URL", shared.jdbcUrl())
                .env("QUARKUS_DATASOURCE_USERNAME", "postgres")
                .env("QUARKUS_DATASOURCE_PASSWORD", "")
                .env("CHANNEL_TOKEN_KEY", KEY)
                .env("SANDBOX_ENABLED", "true")
                .env("RECHARGE_ALLOWED_BASE_URLS", "https://api.rechargeapps.com,http://localhost")
                .env("SYNC_ENABLED", "false");
    }

    @Test
    void channelsThatSendEmailsWithoutAnSmtpHostAreReportedAtStartAndInReadiness() {
        int port = PackagedApp.freePort();
        try (PackagedApp app = instance("no-smtp", port).start(Launches.START)) {
            assertThat(app.log()).contains("Mail: no SMTP host set (QUARKUS_MAILER_HOST)");
            assertThat(mailCheck(app).getString("data.state")).as("no channel sends emails yet").isEqualTo("ok");

            long channel = Launches.sandboxChannel(app, "Mail-less");
            Launches.api(app).contentType(ContentType.JSON)
                    .body(Map.of("despatchEmails", Map.of("enabled", true)))
                    .patch("/api/channels/" + channel).then().statusCode(200);

            JsonPath mail = mailCheck(app);
            assertThat(mail.getString("status")).as("degraded, never down").isEqualTo("UP");
            assertThat(mail.getString("data.state")).isEqualTo("degraded");
            assertThat(mail.getString("data.reason")).contains("QUARKUS_MAILER_HOST");
        }
        try (PackagedApp restarted = instance("no-smtp-again", port).start(Launches.START)) {
            assertThat(restarted.log()).contains("no SMTP server is set").contains("QUARKUS_MAILER_HOST");
            assertThat(mailCheck(restarted).getString("data.state")).isEqualTo("degraded");
        }
    }

    @Test
    void twoInstancesSendEveryEmailOfABulkDespatchExactlyOnce() throws Exception {
        int smtpPort = PackagedApp.freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // Small claims, so that both senders take turns through the outbox rather than one taking it all at once.
        // A send that hangs (seen now and then with GreenMail: one connection that never answers) times out after
        // 5 s and is retried 2 s later, where prod waits 20 s and a minute: the test is about duplicates, not speed.
        Map<String, String> sender = Map.of("QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", String.valueOf(smtpPort), "EMAIL_SENDER_EVERY", "1s",
                "EMAIL_SENDER_BATCH_SIZE", "5", "EMAIL_SENDER_PARALLELISM", "2",
                "QUARKUS_MAILER_TIMEOUT", "5s", "EMAIL_RETRY_INITIAL_DELAY", "2s");
        PackagedApp.Launch first = instance("sender-a", PackagedApp.freePort()).env("SYNC_INITIAL_LOOKBACK", "3650d");
        PackagedApp.Launch second = instance("sender-b", PackagedApp.freePort());
        sender.forEach(first::env);
        sender.forEach(second::env);
        try (PackagedApp a = first.start(Launches.START); PackagedApp b = second.start(Launches.START)) {
            assertThat(a.log()).contains("Mail: SMTP 127.0.0.1:" + smtpPort);
            long channel = Launches.sandboxChannel(a, "Two senders");
            Launches.api(a).contentType(ContentType.JSON)
                    .body(Map.of("despatchEmails", Map.of("enabled", true),
                            "brand", Map.of("senderEmail", "orders@tea-club.example")))
                    .patch("/api/channels/" + channel).then().statusCode(200);
            Launches.api(a).noContentType().post("/api/channels/{id}/sync", channel).then().statusCode(202);
            List<Long> allocated = await().atMost(90, TimeUnit.SECONDS).pollInterval(Duration.ofSeconds(1))
                    .until(() -> allocated(a, channel), ids -> ids.size() >= 60);

            List<Map<String, Object>> rows = new ArrayList<>();
            allocated.forEach(id -> rows.add(Map.of("orderId", id, "trackingNumber", "TWO" + id + "GB")));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("carrier", "royal-mail");
            body.put("orders", rows);
            JsonPath report = Launches.api(a).contentType(ContentType.JSON).body(body).post("/api/despatches")
                    .then().statusCode(200).extract().jsonPath();
            // The sandbox's orders abroad are refused (this channel has no commercial invoice): the rest go.
            int despatched = report.getList("despatched").size();
            assertThat(despatched).as("despatched; refused: %s", report.getList("rejected.reason"))
                    .isGreaterThanOrEqualTo(30);

            await().atMost(90, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(500))
                    .until(() -> smtp.getReceivedMessages().length >= despatched);
            Thread.sleep(3000); // a duplicate would come from a later tick
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(despatched);
            assertThat(messageIds(received)).as("one Message-ID per email").hasSize(despatched);
            assertThat(count("SELECT count(*) FROM email_outbox WHERE kind = 'DESPATCH' AND status = 'SENT'"))
                    .isEqualTo(despatched);

            long sentByA = sent(a);
            long sentByB = sent(b);
            assertThat(sentByA + sentByB).as("sent by the two, each counted once").isEqualTo(despatched);
            assertThat(sentByA).as("instance A sent some").isPositive();
            assertThat(sentByB).as("instance B sent some").isPositive();
        } finally {
            smtp.stop();
        }
    }

    private static JsonPath mailCheck(PackagedApp app) {
        JsonPath ready = given().baseUri(app.baseUrl()).get("/q/health/ready").then().extract().jsonPath();
        return new JsonPath(ready.prettify()).setRootPath("checks.find { it.name == 'mail' }");
    }

    private static List<Long> allocated(PackagedApp app, long channel) {
        return Launches.api(app).queryParam("channel", channel).queryParam("status", "ALLOCATED").queryParam("size", 200)
                .get("/api/orders").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    /** The DESPATCH emails this instance's sender handed to SMTP, from its own metrics. */
    private static long sent(PackagedApp app) {
        String metrics = given().baseUri(app.baseUrl()).get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("email_sent_total{") && l.contains("kind=\"DESPATCH\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static Set<String> messageIds(MimeMessage[] messages) throws MessagingException {
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : messages) {
            ids.add(message.getMessageID());
        }
        return ids;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(shared.jdbcUrl(), "postgres", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
