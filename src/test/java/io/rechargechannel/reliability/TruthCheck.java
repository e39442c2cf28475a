package io.rechargechannel.reliability;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.sandbox.SandboxOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one outcome every fault case must end in: the warehouse holds exactly the sandbox's orders.
 * Every order once, every line once, nothing extra; stock allocated for exactly the lines of released
 * orders; {@code stock_level.allocated} equal to the stock the lines hold.
 */
@ApplicationScoped
public class TruthCheck {

    /** ReCharge statuses the warehouse releases (ships): see FulfilmentRules / ReChargeStatus. */
    private static final Set<String> RELEASING = Set.of("success", "partially_refunded");

    @Inject
    EntityManager em;

    public void assertWarehouseMatches(long channelId, List<SandboxOrder> truth) {
        Map<Long, Long> linesPerOrder = pairs("""
                SELECT o.recharge_order_id, count(l.id) FROM orders o LEFT JOIN order_line l ON l.order_id = o.id
                WHERE o.channel_id = ?1 GROUP BY o.recharge_order_id""", channelId);
        Map<Long, Long> expectedLines = truth.stream()
                .collect(Collectors.toMap(SandboxOrder::id, o -> (long) o.lines().size()));
        assertThat(rows("SELECT count(*) FROM orders WHERE channel_id = ?1", channelId))
                .as("order rows (no duplicates)").isEqualTo(truth.size());
        assertThat(linesPerOrder).as("orders and their line counts").isEqualTo(expectedLines);
        assertThat(rows("SELECT count(*) FROM order_line l JOIN orders o ON o.id = l.order_id WHERE o.channel_id = ?1",
                channelId)).as("line rows").isEqualTo(expectedLines.values().stream().mapToLong(Long::longValue).sum());

        Map<String, Long> allocated = skuSums("""
                SELECT l.sku, sum(l.allocated_quantity) FROM order_line l JOIN orders o ON o.id = l.order_id
                WHERE o.channel_id = ?1 AND l.allocated_quantity > 0 GROUP BY l.sku""", channelId);
        Map<String, Long> releasedLines = skuSums("""
                SELECT l.sku, sum(l.quantity) FROM order_line l JOIN orders o ON o.id = l.order_id
                WHERE o.channel_id = ?1 AND o.released_at IS NOT NULL AND l.sku IS NOT NULL
                  AND o.fulfilment_status IN ('ALLOCATED', 'ON_HOLD') GROUP BY l.sku""", channelId);
        assertThat(allocated).as("allocations per SKU = lines of released orders").isEqualTo(releasedLines);
        assertThat(allocated).as("allocations per SKU = lines of the sandbox's released orders")
                .isEqualTo(expectedAllocations(truth));
        assertThat(skuSums("""
                SELECT s.sku, s.allocated FROM stock_level s
                WHERE s.warehouse_id = (SELECT warehouse_id FROM sales_channel WHERE id = ?1) AND s.allocated <> 0""",
                channelId)).as("stock_level.allocated = stock held by lines, whole warehouse").isEqualTo(skuSums("""
                SELECT l.sku, sum(l.allocated_quantity) FROM order_line l
                WHERE l.allocated_warehouse_id = (SELECT warehouse_id FROM sales_channel WHERE id = ?1)
                  AND l.allocated_quantity > 0 GROUP BY l.sku""", channelId));
    }

    private static Map<String, Long> expectedAllocations(List<SandboxOrder> truth) {
        Map<String, Long> expected = new HashMap<>();
        truth.stream().filter(o -> RELEASING.contains(o.status())).flatMap(o -> o.lines().stream())
                .filter(l -> l.sku() != null && !l.sku().isBlank())
                .forEach(l -> expected.merge(l.sku(), (long) l.quantity(), Long::sum));
        return expected;
    }

    long rows(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) query(sql, params).getSingleResult()).longValue());
    }

    private Map<Long, Long> pairs(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> rowsOf(sql, params).stream().collect(
                Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue())));
    }

    private Map<String, Long> skuSums(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> rowsOf(sql, params).stream().collect(
                Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue())));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rowsOf(String sql, Object... params) {
        return query(sql, params).getResultList();
    }

    private jakarta.persistence.Query query(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
