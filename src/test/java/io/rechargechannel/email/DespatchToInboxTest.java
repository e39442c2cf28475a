package io.rechargechannel.email;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.Floor;
import io.rechargechannel.testing.Smtp;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The whole path a customer sees, through the real despatch: the warehouse despatches over the API (one order, then
 * a CSV), the outbox queues in that transaction, the sender delivers over SMTP, and repeating the despatch sends
 * nothing twice.
 */
@QuarkusTest
class DespatchToInboxTest {

    private static final Map<String, String> ROYAL_MAIL = Map.of("carrier", "royal-mail", "trackingNumber", "AB 1234 5678 GB");

    @Inject
    Floor floor;

    @Inject
    EmailFixture emails;

    @Inject
    EmailSender sender;

    @BeforeEach
    void smtpUp() {
        Smtp.fresh();
    }

    @Test
    void aDespatchOverTheApiSendsOneBrandedEmailWithItsTrackingLinkAndTheFeedbackEmailLater() throws Exception {
        long channel = floor.channel("Despatch to inbox", 12, 3, 41).channelId();
        emails.configure(channel, true, true);
        emails.orders(channel);
        long order = floor.ordersWithSkus(channel, "ALLOCATED").get(0);
        String customer = emails.recipientOf(order);

        given().contentType(ContentType.JSON).body(ROYAL_MAIL).post("/api/orders/" + order + "/despatch")
                .then().statusCode(200).body("repeat", equalTo(false));
        given().contentType(ContentType.JSON).body(ROYAL_MAIL).post("/api/orders/" + order + "/despatch")
                .then().statusCode(200).body("repeat", equalTo(true));

        String feedbackDue = given().queryParam("order", order).queryParam("kind", "FEEDBACK").get("/api/emails")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("QUEUED"))
                .extract().path("items[0].dueAt");
        assertThat(Duration.between(Instant.now(), Instant.parse(feedbackDue))).isBetween(Duration.ofDays(7).minusHours(1),
                Duration.ofDays(7).plusHours(1));

        sender.sendDue();
        sender.sendDue();
        List<MimeMessage> toCustomer = Mails.to(Smtp.received(), customer);
        assertThat(toCustomer).as("one despatch email, however often the despatch is repeated").hasSize(1);
        MimeMessage despatch = toCustomer.get(0);
        assertThat(despatch.getSubject()).startsWith("Your Tea Club order #").endsWith("is on its way");
        assertThat(Mails.part(despatch, "text/html"))
                .contains("https://www.royalmail.com/track-your-item#/tracking-results/AB%201234%205678%20GB")
                .contains("AB 1234 5678 GB").contains("Royal Mail");
        given().queryParam("order", order).queryParam("kind", "DESPATCH").get("/api/emails").then().statusCode(200)
                .body("items[0].status", equalTo("SENT"));

        emails.makeDue(order);
        sender.sendDue();
        toCustomer = Mails.to(Smtp.received(), customer);
        assertThat(toCustomer).hasSize(2);
        assertThat(toCustomer.get(1).getSubject()).startsWith("How was your order #").endsWith("from Tea Club?");
        assertThat(Mails.header(toCustomer.get(1), "List-Unsubscribe")).isNotBlank();
        assertThat(floor.count("SELECT count(*) FROM order_event WHERE order_id = ?1 AND kind = 'EMAIL_SENT'", order))
                .isEqualTo(2);
    }

    @Test
    void aCsvDespatchQueuesEachDespatchedRowsEmailAndNoneForARejectedRow() {
        long channel = floor.channel("Despatch CSV to inbox", 12, 3, 42).channelId();
        emails.configure(channel, true, false);
        emails.orders(channel);
        List<Long> ready = floor.ordersWithSkus(channel, "ALLOCATED");
        long good = ready.get(0);
        long refused = ready.get(1);
        floor.execute("UPDATE orders SET external_order_number = 'INBOX' || id WHERE id IN (?1, ?2)", good, refused);
        String csv = "order number,carrier,tracking number\r\n"
                + "INBOX" + good + ",DPD,15501234567890\r\n"
                + "INBOX" + refused + ",Pigeon Post,PP1234\r\n";

        given().contentType("text/csv").body(csv).post("/api/despatches").then().statusCode(200)
                .body("despatched.size()", equalTo(1)).body("rejected.size()", equalTo(1));
        sender.sendDue();

        assertThat(Mails.to(Smtp.received(), emails.recipientOf(good))).hasSize(1);
        assertThat(Mails.to(Smtp.received(), emails.recipientOf(refused))).isEmpty();
        assertThat(emails.rows(refused)).isZero();
    }

    @Test
    void aBulkDespatchAcrossChannelsQueuesEachOrdersEmailsAsItsChannelSays() {
        long withEmails = floor.channel("Bulk to inbox", 12, 3, 43).channelId();
        emails.configure(withEmails, true, true);
        emails.orders(withEmails);
        long without = floor.channel("Bulk without emails", 12, 3, 44).channelId();
        emails.configure(without, false, false);
        emails.orders(without);
        List<Long> sending = floor.ordersWithSkus(withEmails, "ALLOCATED").subList(0, 3);
        List<Long> silent = floor.ordersWithSkus(without, "ALLOCATED").subList(0, 2);
        List<Map<String, Object>> rows = new ArrayList<>();
        java.util.stream.Stream.concat(sending.stream(), silent.stream())
                .forEach(id -> rows.add(Map.of("orderId", id, "trackingNumber", "RMB" + id + "GB")));

        given().contentType(ContentType.JSON).body(Map.of("carrier", "royal-mail", "orders", rows))
                .post("/api/despatches").then().statusCode(200)
                .body("despatched.size()", equalTo(5)).body("rejected.size()", equalTo(0));

        for (long order : sending) {
            assertThat(emails.rows(order)).as("despatch and feedback email of order " + order).isEqualTo(2);
            assertThat(emails.count("SELECT count(*) FROM order_event WHERE order_id = ?1 AND kind = 'EMAIL_QUEUED'", order))
                    .isEqualTo(2);
        }
        for (long order : silent) {
            assertThat(emails.rows(order)).as("order " + order + " of a channel without emails").isZero();
        }
        sender.sendDue();
        for (long order : sending) {
            assertThat(Mails.to(Smtp.received(), emails.recipientOf(order))).as("order " + order).hasSize(1);
        }
    }
}
