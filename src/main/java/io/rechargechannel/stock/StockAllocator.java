package io.rechargechannel.stock;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * Keeps {@code stock_level.allocated} equal to the sum of {@code stock_allocation} rows, set-based.
 * An order's allocations are released before its lines change and taken again after, so re-reading an
 * order never allocates twice and a cancellation gives its stock back. Every statement touches stock rows
 * in (warehouse, SKU) order: channels importing side by side into one warehouse share SKUs, and rows locked
 * in page order deadlocked (docs/benchmarks.md, scenario 5).
 */
@ApplicationScoped
public class StockAllocator {

    private static final String RELEASE = """
            WITH released AS (
                DELETE FROM stock_allocation WHERE order_id = ANY (?) RETURNING warehouse_id, sku, quantity),
            totals AS (SELECT warehouse_id, sku, sum(quantity) AS quantity FROM released GROUP BY warehouse_id, sku),
            locked AS (SELECT s.id FROM stock_level s JOIN totals t ON s.warehouse_id = t.warehouse_id AND s.sku = t.sku
                       ORDER BY s.warehouse_id, s.sku FOR UPDATE OF s)
            UPDATE stock_level s SET allocated = s.allocated - t.quantity, updated_at = ?
            FROM totals t WHERE s.warehouse_id = t.warehouse_id AND s.sku = t.sku AND s.id IN (SELECT id FROM locked)""";

    private static final String ALLOCATE = """
            WITH allocated AS (
                INSERT INTO stock_allocation (order_line_id, order_id, warehouse_id, sku, quantity, allocated_at)
                SELECT l.id, l.order_id, ?, l.sku, l.quantity, ? FROM order_line l JOIN orders o ON o.id = l.order_id
                WHERE o.id = ANY (?) AND o.released_at IS NOT NULL AND l.sku IS NOT NULL
                  AND o.fulfilment_status IN ('ALLOCATED', 'ON_HOLD')
                ON CONFLICT (order_line_id) DO NOTHING
                RETURNING warehouse_id, sku, quantity),
            totals AS (SELECT warehouse_id, sku, sum(quantity) AS quantity FROM allocated GROUP BY warehouse_id, sku)
            INSERT INTO stock_level (warehouse_id, sku, on_hand, allocated, updated_at)
            SELECT warehouse_id, sku, 0, quantity, ? FROM totals ORDER BY warehouse_id, sku
            ON CONFLICT (warehouse_id, sku)
            DO UPDATE SET allocated = stock_level.allocated + EXCLUDED.allocated, updated_at = EXCLUDED.updated_at""";

    private static final String ENSURE_SKUS = """
            INSERT INTO stock_level (warehouse_id, sku, on_hand, allocated, updated_at)
            SELECT DISTINCT ?::bigint, sku, 0, 0, ?::timestamptz FROM unnest(?::varchar[]) AS sku WHERE sku IS NOT NULL
            ORDER BY 2
            ON CONFLICT (warehouse_id, sku) DO NOTHING""";

    public void release(Connection connection, Collection<Long> orderIds, Instant now) throws SQLException {
        if (orderIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(RELEASE)) {
            s.setArray(1, connection.createArrayOf("bigint", orderIds.toArray()));
            s.setObject(2, now.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    /** Stock rows (on hand 0 when new) for SKUs seen in a catalog or on order lines. */
    public void ensureSkus(Connection connection, long warehouseId, Collection<String> skus, Instant now)
            throws SQLException {
        if (skus.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(ENSURE_SKUS)) {
            s.setLong(1, warehouseId);
            s.setObject(2, now.atOffset(ZoneOffset.UTC));
            s.setArray(3, connection.createArrayOf("varchar", skus.toArray()));
            s.executeUpdate();
        }
    }

    public void allocate(Connection connection, long warehouseId, boolean autoSyncStock, Collection<Long> orderIds,
                         Instant now) throws SQLException {
        if (!autoSyncStock || orderIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(ALLOCATE)) {
            s.setLong(1, warehouseId);
            s.setObject(2, now.atOffset(ZoneOffset.UTC));
            s.setArray(3, connection.createArrayOf("bigint", orderIds.toArray()));
            s.setObject(4, now.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }
}
