package io.rechargechannel.email;

import io.quarkus.logging.Log;
import io.rechargechannel.channel.FeedbackEmails;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.despatch.OrderDespatched;
import io.rechargechannel.orders.OrderEvent;
import io.rechargechannel.orders.OrderTimeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox's writing side: a despatch's own transaction queues its emails (the despatch email due now when the
 * channel's Despatch Emails are on, the feedback email due {@code delayDays} later when Feedback Emails are on).
 * One statement, {@code ON CONFLICT DO NOTHING} on (order, despatch, kind): whatever is retried or fired twice,
 * an email is queued once. No SMTP here: the {@link EmailSender} delivers after commit.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final String QUEUE = """
            INSERT INTO email_outbox (order_id, channel_id, despatch_id, kind, status, recipient, carrier_code,
                                      carrier_name, tracking_number, tracking_url, despatched_at, due_at, first_due_at)
            SELECT o.id, ?, ?, k.kind, 'QUEUED', o.customer_email, ?, ?, ?, ?, ?, now() + k.delay, now() + k.delay
            FROM orders o
            CROSS JOIN (VALUES ('DESPATCH', interval '0', ?::boolean),
                               ('FEEDBACK', make_interval(days => ?), ?::boolean)) AS k (kind, delay, wanted)
            WHERE o.id = ? AND k.wanted
            ON CONFLICT (order_id, despatch_id, kind) DO NOTHING
            RETURNING kind, recipient, due_at""";

    private final EntityManager em;
    private final OrderTimeline timeline;
    private final EmailMetrics metrics;

    OutboxWriter(EntityManager em, OrderTimeline timeline, EmailMetrics metrics) {
        this.em = em;
        this.timeline = timeline;
        this.metrics = metrics;
    }

    /** Joins the despatch's transaction (a plain synchronous observer). */
    void onDespatch(@Observes OrderDespatched despatch) {
        SalesChannel channel = SalesChannel.<SalesChannel>findByIdOptional(despatch.channelId()).orElse(null);
        if (channel == null) {
            Log.warnf("Order %d despatched on unknown channel %d: no emails queued", despatch.orderId(), despatch.channelId());
            return;
        }
        boolean despatchOn = channel.despatchEmails().on();
        FeedbackEmails feedback = channel.feedbackEmails();
        if (!despatchOn && !feedback.on()) {
            return;
        }
        int delayDays = feedback.delayDays() == null ? FeedbackEmails.DEFAULT_DELAY_DAYS : feedback.delayDays();
        for (Queued queued : queue(despatch, despatchOn, feedback.on(), delayDays)) {
            metrics.queued(queued.kind());
            timeline.record(despatch.orderId(), OrderEvent.Kind.EMAIL_QUEUED, queued.describe());
        }
    }

    private List<Queued> queue(OrderDespatched d, boolean despatchOn, boolean feedbackOn, int delayDays) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(QUEUE)) {
                int i = 0;
                insert.setLong(++i, d.channelId());
                insert.setLong(++i, d.despatchId());
                insert.setString(++i, d.carrierCode());
                insert.setString(++i, d.carrierName());
                insert.setString(++i, d.trackingNumber());
                insert.setString(++i, d.trackingUrl());
                insert.setTimestamp(++i, Timestamp.from(d.despatchedAt()));
                insert.setBoolean(++i, despatchOn);
                insert.setInt(++i, delayDays);
                insert.setBoolean(++i, feedbackOn);
                insert.setLong(++i, d.orderId());
                return read(insert);
            }
        });
    }

    private static List<Queued> read(PreparedStatement insert) throws SQLException {
        List<Queued> queued = new ArrayList<>();
        try (ResultSet rows = insert.executeQuery()) {
            while (rows.next()) {
                queued.add(new Queued(EmailKind.valueOf(rows.getString(1)), rows.getString(2),
                        rows.getTimestamp(3).toInstant()));
            }
        }
        return queued;
    }

    private record Queued(EmailKind kind, String recipient, java.time.Instant dueAt) {
        String describe() {
            String to = recipient == null ? "the customer (no email address on the order)" : recipient;
            return kind == EmailKind.DESPATCH ? kind.label() + " to " + to + " queued"
                    : kind.label() + " to " + to + " queued for " + EmailTimes.day(dueAt);
        }
    }
}
