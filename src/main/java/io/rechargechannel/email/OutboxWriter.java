package io.rechargechannel.email;

import io.quarkus.logging.Log;
import io.rechargechannel.channel.FeedbackEmails;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.despatch.OrderDespatched;
import io.rechargechannel.despatch.OrdersDespatched;
import io.rechargechannel.orders.OrderEvent;
import io.rechargechannel.orders.OrderTimeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outbox's writing side: a despatch's own transaction queues its emails (the despatch email due now when the
 * channel's Despatch Emails are on, the feedback email due {@code delayDays} later when Feedback Emails are on).
 * One statement per channel however many orders a bulk despatch sends out, {@code ON CONFLICT DO NOTHING} on
 * (order, despatch, kind): whatever is retried or fired twice, an email is queued once. No SMTP here: the
 * {@link EmailSender} delivers after commit.
 */
@ApplicationScoped
public class OutboxWriter {

    /** The emails of a channel's despatches in one statement; one row per order, despatch and kind at most. */
    private static final String QUEUE = """
            INSERT INTO email_outbox (order_id, channel_id, despatch_id, kind, status, recipient, carrier_code,
                                      carrier_name, tracking_number, tracking_url, despatched_at, due_at, first_due_at)
            SELECT o.id, ?, d.despatch_id, k.kind, 'QUEUED', o.customer_email, d.carrier_code, d.carrier_name,
                   d.tracking_number, d.tracking_url, d.despatched_at::timestamptz, now() + k.delay, now() + k.delay
            FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS d (order_id, despatch_id, carrier_code, carrier_name, tracking_number, tracking_url, despatched_at)
            JOIN orders o ON o.id = d.order_id
            CROSS JOIN (VALUES ('DESPATCH', interval '0', ?::boolean),
                               ('FEEDBACK', make_interval(days => ?), ?::boolean)) AS k (kind, delay, wanted)
            WHERE k.wanted
            ON CONFLICT (order_id, despatch_id, kind) DO NOTHING
            RETURNING order_id, kind, recipient, due_at""";

    private final EntityManager em;
    private final OrderTimeline timeline;
    private final EmailMetrics metrics;

    OutboxWriter(EntityManager em, OrderTimeline timeline, EmailMetrics metrics) {
        this.em = em;
        this.timeline = timeline;
        this.metrics = metrics;
    }

    /** Joins the despatch's transaction (a plain synchronous observer): a statement per channel, one for the lines. */
    void onDespatch(@Observes OrdersDespatched despatched) {
        Map<Long, List<OrderDespatched>> byChannel = despatched.despatches().stream()
                .collect(Collectors.groupingBy(OrderDespatched::channelId, LinkedHashMap::new, Collectors.toList()));
        List<OrderTimeline.Line> lines = new ArrayList<>();
        byChannel.forEach((channelId, despatches) -> {
            SalesChannel channel = SalesChannel.<SalesChannel>findByIdOptional(channelId).orElse(null);
            if (channel == null) {
                Log.warnf("%d orders despatched on unknown channel %d: no emails queued", despatches.size(), channelId);
                return;
            }
            boolean despatchOn = channel.despatchEmails().on();
            FeedbackEmails feedback = channel.feedbackEmails();
            if (!despatchOn && !feedback.on()) {
                return;
            }
            int delayDays = feedback.delayDays() == null ? FeedbackEmails.DEFAULT_DELAY_DAYS : feedback.delayDays();
            for (Queued queued : queue(channelId, despatches, despatchOn, feedback.on(), delayDays)) {
                metrics.queued(queued.kind());
                lines.add(new OrderTimeline.Line(queued.orderId(), queued.describe()));
            }
        });
        timeline.recordAll(OrderEvent.Kind.EMAIL_QUEUED, lines);
    }

    private List<Queued> queue(long channelId, List<OrderDespatched> despatches, boolean despatchOn, boolean feedbackOn,
                               int delayDays) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(QUEUE)) {
                int i = 0;
                insert.setLong(++i, channelId);
                insert.setArray(++i, connection.createArrayOf("bigint", column(despatches, OrderDespatched::orderId)));
                insert.setArray(++i, connection.createArrayOf("bigint", column(despatches, OrderDespatched::despatchId)));
                insert.setArray(++i, connection.createArrayOf("text", column(despatches, OrderDespatched::carrierCode)));
                insert.setArray(++i, connection.createArrayOf("text", column(despatches, OrderDespatched::carrierName)));
                insert.setArray(++i, connection.createArrayOf("text", column(despatches, OrderDespatched::trackingNumber)));
                insert.setArray(++i, connection.createArrayOf("text", column(despatches, OrderDespatched::trackingUrl)));
                insert.setArray(++i, connection.createArrayOf("text", column(despatches, d -> d.despatchedAt().toString())));
                insert.setBoolean(++i, despatchOn);
                insert.setInt(++i, delayDays);
                insert.setBoolean(++i, feedbackOn);
                return read(insert);
            }
        });
    }

    private static Object[] column(List<OrderDespatched> despatches, Function<OrderDespatched, Object> value) {
        return despatches.stream().map(value).toArray();
    }

    private static List<Queued> read(PreparedStatement insert) throws SQLException {
        List<Queued> queued = new ArrayList<>();
        try (ResultSet rows = insert.executeQuery()) {
            while (rows.next()) {
                queued.add(new Queued(rows.getLong(1), EmailKind.valueOf(rows.getString(2)), rows.getString(3),
                        rows.getTimestamp(4).toInstant()));
            }
        }
        queued.sort(Comparator.comparingLong(Queued::orderId).thenComparing(Queued::kind));
        return queued;
    }

    private record Queued(long orderId, EmailKind kind, String recipient, java.time.Instant dueAt) {
        String describe() {
            String to = recipient == null ? "the customer (no email address on the order)" : recipient;
            return kind == EmailKind.DESPATCH ? kind.label() + " to " + to + " queued"
                    : kind.label() + " to " + to + " queued for " + EmailTimes.day(dueAt);
        }
    }
}
