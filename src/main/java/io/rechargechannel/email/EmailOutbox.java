package io.rechargechannel.email;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Reading the outbox for people (the API, the Emails page) and putting failed rows back in the queue. */
@ApplicationScoped
public class EmailOutbox {

    /** One page of rows, newest first, and how many match in all. */
    public record Slice(List<OutboxEmail> rows, long total) {
    }

    private final OutboxClaims claims;

    EmailOutbox(OutboxClaims claims) {
        this.claims = claims;
    }

    public Slice list(Long orderId, EmailStatus status, EmailKind kind, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            StringBuilder where = new StringBuilder("1 = 1");
            Parameters params = new Parameters();
            if (orderId != null) {
                where.append(" and orderId = :order");
                params.and("order", orderId);
            }
            if (status != null) {
                where.append(" and status = :status");
                params.and("status", status);
            }
            if (kind != null) {
                where.append(" and kind = :kind");
                params.and("kind", kind);
            }
            var query = OutboxEmail.<OutboxEmail>find(where.toString(), Sort.descending("queuedAt", "id"), params)
                    .page(Page.of(page, size));
            return new Slice(query.list(), query.count());
        });
    }

    /** The order numbers customers know (#1001), by order id. */
    public java.util.Map<Long, String> orderNumbers(java.util.Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return java.util.Map.of();
        }
        return QuarkusTransaction.joiningExisting().call(() -> io.rechargechannel.orders.Order
                .<io.rechargechannel.orders.Order>list("id in ?1", orderIds).stream()
                .collect(java.util.stream.Collectors.toMap(order -> order.id, EmailFacts::orderNumber)));
    }

    public Optional<OutboxEmail> get(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> OutboxEmail.<OutboxEmail>findByIdOptional(id));
    }

    /** Queues a failed row again, due now; false when the row is not failed. */
    public boolean retry(long id) {
        return claims.retry(id);
    }

    /** Queues every failed row again; how many. */
    public int retryAllFailed() {
        return claims.retryAllFailed();
    }
}
