package io.rechargechannel.orders;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.rechargechannel.audit.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;

/**
 * An order's timeline: what happened to it, by whom, when. {@link #record} joins the caller's transaction, so a
 * line exists exactly when the change it tells of does.
 */
@ApplicationScoped
public class OrderTimeline {

    private final CurrentActor actor;
    private final Clock clock;

    OrderTimeline(CurrentActor actor, Clock clock) {
        this.actor = actor;
        this.clock = clock;
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

    /** The order's timeline, oldest first. */
    public List<OrderEvent> of(long orderId) {
        return QuarkusTransaction.joiningExisting().call(() ->
                OrderEvent.list("orderId", Sort.ascending("at", "id"), orderId));
    }
}
