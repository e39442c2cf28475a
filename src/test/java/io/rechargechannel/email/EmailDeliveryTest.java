package io.rechargechannel.email;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.Smtp;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Exactly once, never lost: an SMTP outage, two senders on one database, a sender that dies holding a claim. */
@QuarkusTest
class EmailDeliveryTest {

    @Inject
    EmailFixture fixture;

    @Inject
    EmailSender sender;

    @Inject
    OutboxClaims claims;

    @Inject
    OutboxStats stats;

    @Inject
    EmailRenderer renderer;

    @Inject
    OptOuts optOuts;

    @Inject
    Senders senders;

    @Inject
    EmailConfig config;

    @BeforeEach
    void smtpUp() {
        Smtp.fresh();
    }

    @Test
    void afterAnSmtpOutageEveryEmailGoesOutOnce() {
        long channel = fixture.channel(5, true, false);
        List<Long> orders = fixture.orders(channel);
        Smtp.stop();
        orders.forEach(order -> fixture.despatch(order, channel));

        assertThat(sender.sendDue()).isZero();
        assertThat(sender.sendDue()).as("not due again before the backoff").isZero();
        orders.forEach(order -> assertThat(fixture.status(order, EmailKind.DESPATCH)).isEqualTo("QUEUED"));
        assertThat(fixture.execute("UPDATE email_outbox SET due_at = due_at WHERE order_id = ANY(?1) "
                + "AND attempts = 1 AND last_error IS NOT NULL AND due_at > now()", (Object) orders.toArray(Long[]::new)))
                .as("each row counts its failed attempt, with the error, due again later").isEqualTo(orders.size());

        Smtp.start();
        orders.forEach(fixture::makeDue);
        sender.sendDue();
        sender.sendDue();

        List<MimeMessage> received = Smtp.received();
        for (long order : orders) {
            assertThat(Mails.to(received, fixture.recipientOf(order))).as("order " + order).hasSize(1);
            assertThat(fixture.status(order, EmailKind.DESPATCH)).isEqualTo("SENT");
        }
    }

    @Test
    void anOutageShowsInTheWaitOfTheOldestEmailHoweverOftenTheSenderRetries() {
        long channel = fixture.channel(2, true, false);
        long order = fixture.orders(channel).get(0);
        Smtp.stop();
        fixture.despatch(order, channel);
        // SMTP has been down for the 20 minutes since the email fell due
        fixture.execute("UPDATE email_outbox SET first_due_at = now() - interval '20 minutes', "
                + "due_at = now() - interval '1 second' WHERE order_id = ?1", order);

        sender.sendDue();
        Smtp.start();

        assertThat(fixture.count("SELECT count(*) FROM email_outbox WHERE order_id = ?1 AND attempts = 1 "
                + "AND due_at > now()", order)).as("the failed attempt put the next one off").isEqualTo(1);
        assertThat(stats.oldestDueSeconds()).as("still waiting since it fell due").isGreaterThanOrEqualTo(20 * 60);

        fixture.makeDue(order);
        sender.sendDue();
        assertThat(fixture.status(order, EmailKind.DESPATCH)).isEqualTo("SENT");
        assertThat(stats.oldestDueSeconds()).as("sent: it waits no more").isLessThan(20 * 60);
    }

    @Test
    void anEmailThatCannotBePreparedBacksOffAndEndsFailedLikeAnSmtpRefusal() {
        long channel = fixture.channel(2, true, false);
        long order = fixture.orders(channel).get(0);
        fixture.despatch(order, channel);
        long row = fixture.count("SELECT id FROM email_outbox WHERE order_id = ?1", order);
        QuarkusMock.installMockForType(new BreakingComposer(row), EmailComposer.class);

        sender.sendDue();
        assertThat(fixture.count("SELECT count(*) FROM email_outbox WHERE id = ?1 AND status = 'QUEUED' AND attempts = 1 "
                + "AND due_at > now() AND last_error LIKE 'could not be prepared: %template broke%'", row))
                .as("a failed attempt with its error, due again after the backoff").isEqualTo(1);

        fixture.execute("UPDATE email_outbox SET attempts = 8, due_at = now() - interval '1 second' WHERE id = ?1", row);
        sender.sendDue();
        assertThat(fixture.status(order, EmailKind.DESPATCH)).isEqualTo("FAILED");
        assertThat(fixture.count("SELECT count(*) FROM order_event WHERE order_id = ?1 AND kind = 'EMAIL_FAILED' "
                + "AND summary LIKE 'Despatch email to % failed after 9 attempts: could not be prepared: %'", order))
                .isEqualTo(1);
        assertThat(Mails.to(Smtp.received(), fixture.recipientOf(order))).isEmpty();
    }

    /** The real composer, except that one row breaks it, as a template error or bad data would. */
    private final class BreakingComposer extends EmailComposer {
        private final long broken;

        BreakingComposer(long broken) {
            super(renderer, optOuts, claims, senders, config);
            this.broken = broken;
        }

        @Override
        java.util.Map<Long, Prepared> prepareDespatchEmails(List<Long> ids) {
            if (ids.contains(broken)) {
                throw new IllegalStateException("template broke");
            }
            return super.prepareDespatchEmails(ids);
        }

        @Override
        Prepared prepare(long id) {
            if (id == broken) {
                throw new IllegalStateException("template broke");
            }
            return super.prepare(id);
        }
    }

    @Test
    void anEmailFailsForGoodAfterItsLastAttemptAndTheOrdersTimelineSaysSo() {
        long channel = fixture.channel(2, true, false);
        long order = fixture.orders(channel).get(0);
        Smtp.stop();
        fixture.despatch(order, channel);
        fixture.execute("UPDATE email_outbox SET attempts = 8 WHERE order_id = ?1", order);

        sender.sendDue();
        Smtp.start();

        assertThat(fixture.status(order, EmailKind.DESPATCH)).isEqualTo("FAILED");
        assertThat(fixture.count("SELECT count(*) FROM order_event WHERE order_id = ?1 AND kind = 'EMAIL_FAILED' "
                + "AND summary LIKE 'Despatch email to % failed after 9 attempts: %'", order)).isEqualTo(1);
        assertThat(fixture.count("SELECT count(*) FROM order_event WHERE order_id = ?1 AND kind = 'EMAIL_QUEUED'", order))
                .isEqualTo(1);
    }

    @Test
    void twoSendersOnOneDatabaseNeverSendAnEmailTwice() throws Exception {
        long channel = fixture.channel(60, true, false);
        List<Long> orders = fixture.orders(channel);
        orders.forEach(order -> fixture.despatch(order, channel));

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> instance = () -> sender.sendDue();
            int sent = 0;
            // A send that fails (the test SMTP server restarted by earlier tests can leave a pooled connection that
            // never answers: a timeout) is a failed attempt, due again after its backoff: both senders go again.
            for (int round = 0; round < 3 && sent < orders.size(); round++) {
                orders.forEach(fixture::makeDue);
                List<Future<Integer>> both = instances.invokeAll(List.of(instance, instance));
                sent += both.get(0).get() + both.get(1).get();
            }
            assertThat(sent).isGreaterThanOrEqualTo(orders.size());
        } finally {
            instances.shutdownNow();
        }

        List<MimeMessage> received = Smtp.received();
        for (long order : orders) {
            assertThat(Mails.to(received, fixture.recipientOf(order))).as("order " + order).hasSize(1);
        }
    }

    @Test
    void aSenderKilledBetweenClaimAndMarkDoesNotLoseTheEmail() {
        long channel = fixture.channel(4, true, false);
        List<Long> orders = fixture.orders(channel);
        orders.forEach(order -> fixture.despatch(order, channel));

        // a sender claims the rows and dies before sending
        List<Long> claimed = claims.claim(UUID.randomUUID(), Duration.ofSeconds(45), 1000);
        assertThat(claimed).hasSizeGreaterThanOrEqualTo(orders.size());
        sender.sendDue();
        for (long order : orders) {
            assertThat(Mails.to(Smtp.received(), fixture.recipientOf(order))).as("held by the dead sender's claim").isEmpty();
        }

        // its claim expires (on PostgreSQL's clock): the next sender takes the rows
        fixture.execute("UPDATE email_outbox SET claimed_until = now() - interval '1 second' WHERE id = ANY(?1)",
                (Object) claimed.toArray(Long[]::new));
        sender.sendDue();

        for (long order : orders) {
            assertThat(Mails.to(Smtp.received(), fixture.recipientOf(order))).as("order " + order).hasSize(1);
            assertThat(fixture.status(order, EmailKind.DESPATCH)).isEqualTo("SENT");
        }
    }
}
