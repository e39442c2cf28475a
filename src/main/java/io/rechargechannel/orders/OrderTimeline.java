package io.rechargechannel.orders;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.rechargechannel.audit.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/**
 * An order's timeline: what happened to it, by whom, when. {@link #record} joins the caller's transaction, so a
 * line exists exactly when the change it tells of does.
 */
@ApplicationScoped
public class OrderTimeline {

    private final CurrentActor actor;
    private final Clock clock;
    private final EntityManager em;

    OrderTimeline(CurrentActor actor, Clock clock, EntityManager em) {
        this.actor = actor;
        this.clock = clock;
        this.em = em;
    }

    public void record(long orderId, OrderEvent.Kind kind, String summary) {
        QuarkusTransaction.joiningExisting().run(() -> {
            OrderEvent event = new OrderEvent();
            event.orderId = orderId;
            event.at = clock.instant();
            event.kind = kind;
            event.actor = actor.name();
            event.summary = summary;
            event.persist();
        });
    }

    /** A line for many orders at once, in one statement: {@link #record} would cost a round trip per line. */
    public record Line(long orderId, String summary) {
    }

    /** {@code lines} as timeline lines of one kind, in one statement joining the caller's transaction. */
    public void recordAll(OrderEvent.Kind kind, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        QuarkusTransaction.joiningExisting().run(() -> em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO order_event (order_id, at, kind, actor, summary)
                    SELECT e.order_id, ?, ?, ?, e.summary FROM unnest(?::bigint[], ?::text[]) AS e(order_id, summary)""")) {
                insert.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
                insert.setString(2, kind.name());
                insert.setString(3, actor.name());
                insert.setArray(4, connection.createArrayOf("bigint", lines.stream().map(Line::orderId).toArray()));
                insert.setArray(5, connection.createArrayOf("text", lines.stream().map(Line::summary).toArray()));
                insert.executeUpdate();
            }
        }));
    }

    /** The order's timeline, oldest first. */
    public List<OrderEvent> of(long orderId) {
        return QuarkusTransaction.joiningExisting().call(() ->
                OrderEvent.list("orderId", Sort.ascending("at", "id"), orderId));
    }
}
