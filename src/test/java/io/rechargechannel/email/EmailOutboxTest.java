package io.rechargechannel.email;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.Smtp;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The outbox against a real SMTP server (GreenMail): what is queued, what goes out, and what does not. */
@QuarkusTest
class EmailOutboxTest {

    @Inject
    EmailFixture fixture;

    @Inject
    EmailSender sender;

    @BeforeEach
    void smtpUp() {
        Smtp.fresh();
    }

    @Test
    void oneDespatchEmailPerDespatchInTheChannelsBrandWithTheTrackingLink() throws Exception {
        long channel = fixture.channel(3, true, false);
        long order = fixture.orders(channel).get(0);
        String recipient = fixture.recipientOf(order);

        long despatchId = fixture.despatch(order, channel);
        fixture.despatch(order, channel, despatchId);
        assertThat(fixture.rows(order)).as("the same despatch fired twice queues once").isEqualTo(1);

        sender.sendDue();
        sender.sendDue();

        List<MimeMessage> mine = Mails.to(Smtp.received(), recipient);
        assertThat(mine).hasSize(1);
        MimeMessage mail = mine.get(0);
        assertThat(mail.getSubject()).startsWith("Your Tea Club order #").endsWith("is on its way");
        assertThat(Mails.header(mail, "From")).contains("Tea Club Orders").contains("orders@teaclub.example");
        assertThat(Mails.header(mail, "Reply-To")).contains("help@teaclub.example");
        assertThat(Mails.header(mail, "Message-ID")).startsWith("<outbox-").endsWith("@teaclub.example>");
        String html = Mails.part(mail, "text/html");
        String text = Mails.part(mail, "text/plain");
        String trackingUrl = "https://www.royalmail.com/track-your-item#/tracking-results/RM" + despatchId + "GB";
        assertThat(html).contains(trackingUrl).contains("#0f766e").contains("RM" + despatchId + "GB")
                .contains("https://cdn.example.com/tea-club.png").contains("Royal Mail");
        assertThat(text).contains(trackingUrl).contains("Tracking number: RM" + despatchId + "GB");
        String title = fixture.text("SELECT title FROM order_line WHERE order_id = ?1 ORDER BY line_number LIMIT 1", order);
        String city = fixture.text("SELECT ship_city FROM orders WHERE id = ?1", order);
        assertThat(html).as("the lines and where they go").contains(Mails.htmlEscaped(title)).contains(Mails.htmlEscaped(city));
        assertThat(text).contains(title).contains(city);
        assertThat(fixture.status(order, EmailKind.DESPATCH)).isEqualTo("SENT");
        assertThat(fixture.rows(order)).isEqualTo(1);
    }

    @Test
    void noEmailIsQueuedWhenTheChannelSendsNone() {
        long channel = fixture.channel(2, false, false);
        long order = fixture.orders(channel).get(0);
        fixture.despatch(order, channel);
        assertThat(fixture.rows(order)).isZero();
    }

    @Test
    void theFeedbackEmailGoesAfterItsDelayWithItsLinkAndOneClickOptOut() throws Exception {
        long channel = fixture.channel(2, false, true);
        long order = fixture.orders(channel).get(0);
        String recipient = fixture.recipientOf(order);
        fixture.despatch(order, channel);

        sender.sendDue();
        assertThat(Mails.to(Smtp.received(), recipient)).as("not yet: due in 7 days").isEmpty();
        assertThat(fixture.status(order, EmailKind.FEEDBACK)).isEqualTo("QUEUED");

        fixture.makeDue(order);
        sender.sendDue();

        List<MimeMessage> mine = Mails.to(Smtp.received(), recipient);
        assertThat(mine).hasSize(1);
        MimeMessage mail = mine.get(0);
        assertThat(mail.getSubject()).startsWith("How was your order #").endsWith("from Tea Club?");
        assertThat(Mails.part(mail, "text/html")).contains("https://teaclub.example/review?order=%23");
        assertThat(Mails.header(mail, "List-Unsubscribe")).startsWith("<http").contains("/email/unsubscribe?t=");
        assertThat(Mails.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(fixture.status(order, EmailKind.FEEDBACK)).isEqualTo("SENT");
    }

    @Test
    void noFeedbackEmailWhenFeedbackWasTurnedOffSince() {
        long channel = fixture.channel(2, false, true);
        long order = fixture.orders(channel).get(0);
        fixture.despatch(order, channel);
        fixture.configure(channel, false, false);

        fixture.makeDue(order);
        sender.sendDue();

        assertThat(Mails.to(Smtp.received(), fixture.recipientOf(order))).isEmpty();
        assertThat(fixture.status(order, EmailKind.FEEDBACK)).isEqualTo("NOT_SENT");
        assertThat(fixture.closedReason(order, EmailKind.FEEDBACK)).startsWith("Feedback emails were turned off");
    }

    @Test
    void noFeedbackEmailForAnOrderCancelledRefundedOrPutOnHoldSince() {
        long channel = fixture.channel(3, false, true);
        List<Long> orders = fixture.orders(channel);
        orders.forEach(order -> fixture.despatch(order, channel));
        fixture.execute("UPDATE orders SET recharge_status = 'cancelled' WHERE id = ?1", orders.get(0));
        fixture.execute("UPDATE orders SET recharge_status = 'refunded' WHERE id = ?1", orders.get(1));
        fixture.execute("UPDATE orders SET fulfilment_status = 'ON_HOLD' WHERE id = ?1", orders.get(2));

        orders.forEach(fixture::makeDue);
        sender.sendDue();

        orders.forEach(order -> assertThat(Mails.to(Smtp.received(), fixture.recipientOf(order))).isEmpty());
        assertThat(fixture.closedReason(orders.get(0), EmailKind.FEEDBACK)).isEqualTo("The order was cancelled");
        assertThat(fixture.closedReason(orders.get(1), EmailKind.FEEDBACK)).isEqualTo("The order was refunded");
        assertThat(fixture.closedReason(orders.get(2), EmailKind.FEEDBACK)).isEqualTo("The order was put on hold");
    }

    @Test
    void noFeedbackEmailForACustomerWhoOptedOutWithOneClick() throws Exception {
        long channel = fixture.channel(3, false, true);
        List<Long> orders = fixture.orders(channel);
        fixture.despatch(orders.get(0), channel);
        fixture.makeDue(orders.get(0));
        sender.sendDue();
        MimeMessage first = Mails.to(Smtp.received(), fixture.recipientOf(orders.get(0))).get(0);
        String link = Mails.header(first, "List-Unsubscribe").replaceAll("^<|>$", "");
        String path = link.substring(link.indexOf("/email/unsubscribe"));

        given().auth().none().get(path).then().statusCode(200).body(containsString("Unsubscribe from feedback emails?"));
        given().auth().none().get(path.replace("?t=", "?t=x")).then().statusCode(400);
        // what a mail provider sends (RFC 8058): a form POST without cookies or CSRF token
        given().auth().none().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post(path).then().statusCode(200).body(containsString("You are unsubscribed"));
        given().auth().none().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post(path.replace("?t=", "?t=x")).then().statusCode(400);

        // the same customer's next order: no feedback email
        fixture.execute("UPDATE orders SET customer_email = ?1 WHERE id = ?2", fixture.recipientOf(orders.get(0)), orders.get(1));
        fixture.execute("UPDATE email_outbox SET sent_at = now() - interval '40 days' WHERE order_id = ?1", orders.get(0));
        fixture.despatch(orders.get(1), channel);
        fixture.makeDue(orders.get(1));
        sender.sendDue();
        assertThat(Mails.to(Smtp.received(), fixture.recipientOf(orders.get(0)))).hasSize(1);
        assertThat(fixture.closedReason(orders.get(1), EmailKind.FEEDBACK)).isEqualTo("The customer opted out of feedback emails");
    }

    @Test
    void aCustomerGetsAtMostOneFeedbackEmailInThirtyDays() {
        long channel = fixture.channel(4, false, true);
        List<Long> orders = fixture.orders(channel);
        String shared = fixture.recipientOf(orders.get(0));
        fixture.execute("UPDATE orders SET customer_email = ?1 WHERE id IN (?2, ?3, ?4)", shared.toUpperCase(),
                orders.get(1), orders.get(2), orders.get(0));
        orders.subList(0, 3).forEach(order -> fixture.despatch(order, channel));
        orders.subList(0, 3).forEach(fixture::makeDue);

        sender.sendDue();

        assertThat(Mails.to(Smtp.received(), shared.toUpperCase()).size() + Mails.to(Smtp.received(), shared).size())
                .isEqualTo(1);
        long sent = orders.subList(0, 3).stream().filter(o -> fixture.status(o, EmailKind.FEEDBACK).equals("SENT")).count();
        assertThat(sent).isEqualTo(1);
        // the two others wait for the first to be out, then are closed with their reason
        orders.subList(0, 3).forEach(fixture::makeDue);
        sender.sendDue();
        assertThat(orders.subList(0, 3).stream().map(o -> fixture.status(o, EmailKind.FEEDBACK)))
                .containsExactlyInAnyOrder("SENT", "NOT_SENT", "NOT_SENT");
    }
}
