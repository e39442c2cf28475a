package io.rechargechannel.email;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rechargechannel.testing.Smtp;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Dev mode's mailer (Quarkus Mailer in mock mode, as {@code ./mvnw quarkus:dev} runs without SMTP settings): a
 * despatch email is caught and listed on /dev/mailbox, marked sent in the outbox, and never reaches a mail server.
 */
@QuarkusTest
@TestProfile(DevMailboxTest.Mock.class)
class DevMailboxTest {

    public static class Mock implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.mock", "true");
        }
    }

    @Inject
    EmailFixture fixture;

    @Inject
    EmailSender sender;

    @Test
    void aDespatchEmailIsCaughtAndListedNotSent() {
        Smtp.fresh();
        long channel = fixture.channel(2, true, false);
        long order = fixture.orders(channel).get(0);
        fixture.despatch(order, channel);

        sender.sendDue();

        String recipient = fixture.recipientOf(order);
        assertThat(fixture.status(order, EmailKind.DESPATCH)).isEqualTo("SENT");
        assertThat(Mails.to(Smtp.received(), recipient)).as("nothing reaches the SMTP server").isEmpty();
        given().get("/dev/mailbox").then().statusCode(200)
                .body(containsString(recipient))
                .body(containsString("From"))
                .body(containsString("Plain-text part"));
        given().get("/q/health/ready").then().statusCode(200)
                .body(containsString("captured, not sent"));
    }
}
