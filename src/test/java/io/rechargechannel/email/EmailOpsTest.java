package io.rechargechannel.email;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.Smtp;
import io.rechargechannel.testing.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Health, metrics and the pages of the emails. */
@QuarkusTest
class EmailOpsTest {

    @Inject
    EmailFixture fixture;

    @Inject
    EmailSender sender;

    @Test
    void readinessReportsMailAsDegradedNotDownWhenTheOldestDueEmailIsOld() {
        Smtp.fresh();
        long channel = fixture.channel(2, true, false);
        long order = fixture.orders(channel).get(0);
        given().auth().none().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("mail"))
                .body("checks.find { it.name == 'mail' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'mail' }.data.smtp", startsWith("SMTP 127.0.0.1:"));

        Smtp.stop();
        fixture.despatch(order, channel);
        fixture.execute("UPDATE email_outbox SET due_at = now() - interval '1 hour' WHERE order_id = ?1", order);
        given().auth().none().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'mail' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'mail' }.data.state", equalTo("degraded"))
                .body("checks.find { it.name == 'mail' }.data.reason", containsString("oldest due email"));

        Smtp.start();
        sender.sendDue();
        given().auth().none().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'mail' }.data.state", equalTo("ok"));
        given().auth().none().get("/q/metrics").then().statusCode(200)
                .body(containsString("email_queued_total{kind=\"DESPATCH\""))
                .body(containsString("email_sent_total{kind=\"DESPATCH\""))
                .body(containsString("email_failed_total{kind=\"DESPATCH\""))
                .body(containsString("email_oldest_due_age_seconds"));
    }

    @Test
    void theEmailsPageShowsFailedEmailsWithTheirErrorAndTheLatest() {
        Smtp.fresh();
        long channel = fixture.channel(2, true, false);
        long order = fixture.orders(channel).get(0);
        fixture.despatch(order, channel);
        fixture.execute("UPDATE email_outbox SET status = 'FAILED', attempts = 8, closed_at = now(), "
                + "last_error = 'Connection refused: smtp.example.com' WHERE order_id = ?1", order);

        given().auth().preemptive().basic(TestUsers.WAREHOUSE, TestUsers.passwordOf(TestUsers.WAREHOUSE))
                .get("/emails").then().statusCode(200)
                .body(containsString("Connection refused: smtp.example.com"))
                .body(containsString("Retry all failed")).body(containsString("Latest emails"));
        given().noContentType().post("/api/emails/retry-failed").then().statusCode(200);
    }

    @Test
    void settingsEmailsPreviewsBothEmailsOfAChannel() {
        long channel = fixture.channel(1, true, true);
        given().queryParam("channel", channel).get("/settings/emails").then().statusCode(200)
                .body(containsString("Despatch email")).body(containsString("Feedback email"))
                .body(containsString("Your Tea Club order #1001 is on its way"))
                .body(containsString("has no email address"));
    }
}
