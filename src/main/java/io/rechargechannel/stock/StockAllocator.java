package io.rechargechannel.stock;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Keeps {@code stock_level.allocated} equal to the sum of {@code order_line.allocated_quantity} per
 * warehouse and SKU, set-based. An order's lines give their stock back when they are replaced and the new
 * lines take it again, so re-reading an order never allocates twice and a cancellation gives its stock
 * back. Every statement touches stock rows in (warehouse, SKU) order: channels importing side by side into
 * one warehouse share SKUs, and rows locked in page order deadlocked (docs/benchmarks.md, scenario 5).
 * Each statement writes its stock ledger rows ({@code stock_movement}) from the same arrays, in the same
 * statement, so the ledger adds up to the levels without costing the import a round trip.
 */
@ApplicationScoped
public class StockAllocator {

    /**
     * Stock taken, and stock rows for SKUs first seen. Parameters: now, then warehouse ids, SKUs and
     * (non-negative) changes as arrays, in lock order.
     */
    private static final String TAKE = """
            WITH stamp AS (SELECT ?::timestamptz AS now),
            c AS (SELECT * FROM unnest(?::bigint[], ?::varchar[], ?::integer[]) WITH ORDINALITY
                AS c(warehouse_id, sku, allocated, n)),
            moved AS (
                INSERT INTO stock_movement (warehouse_id, sku, kind, allocated_delta, reason, actor, at)
                SELECT c.warehouse_id, c.sku, 'ALLOCATION', c.allocated, 'Allocated to orders imported from ReCharge',
                       'system', stamp.now
                FROM c, stamp WHERE c.allocated <> 0)
            INSERT INTO stock_level (warehouse_id, sku, on_hand, allocated, updated_at)
            SELECT c.warehouse_id, c.sku, 0, c.allocated, stamp.now
            FROM c, stamp
            ORDER BY c.n
            ON CONFLICT (warehouse_id, sku)
            DO UPDATE SET allocated = stock_level.allocated + EXCLUDED.allocated, updated_at = EXCLUDED.updated_at
            WHERE EXCLUDED.allocated <> 0""";

    /**
     * Stock given back: always to rows that exist, since it was taken from them. Not an upsert, because
     * PostgreSQL checks {@code allocated >= 0} on the row it would insert before it finds the conflict.
     * Parameters as for {@link #TAKE}, the changes negative.
     */
    private static final String GIVE_BACK = """
            WITH stamp AS (SELECT ?::timestamptz AS now),
            c AS (SELECT * FROM unnest(?::bigint[], ?::varchar[], ?::integer[]) WITH ORDINALITY
                AS c(warehouse_id, sku, allocated, n)),
            locked AS (
                SELECT s.id, s.warehouse_id, s.sku, c.allocated FROM c
                JOIN stock_level s ON s.warehouse_id = c.warehouse_id AND s.sku = c.sku
                ORDER BY c.n FOR UPDATE OF s),
            moved AS (
                INSERT INTO stock_movement (warehouse_id, sku, kind, allocated_delta, reason, actor, at)
                SELECT l.warehouse_id, l.sku, 'RELEASE', l.allocated,
                       'Released: orders changed or cancelled in ReCharge', 'system', stamp.now
                FROM locked l, stamp)
            UPDATE stock_level s SET allocated = s.allocated + l.allocated, updated_at = stamp.now
            FROM locked l, stamp WHERE s.id = l.id""";

    /**
     * Applies an import's changes: stock given back first, then stock taken; missing stock rows (on hand 0)
     * are created for every SKU taken or mentioned, and a SKU whose allocation did not change is not written.
     */
    public void apply(Connection connection, StockChanges changes, Instant now) throws SQLException {
        write(connection, GIVE_BACK, changes.givenBack(), now);
        write(connection, TAKE, changes.takenOrMentioned(), now);
    }

    private static void write(Connection connection, String sql, Map<StockChanges.Key, Integer> changes, Instant now)
            throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setObject(1, now.atOffset(ZoneOffset.UTC));
            s.setArray(2, connection.createArrayOf("bigint", changes.keySet().stream().map(StockChanges.Key::warehouseId).toArray()));
            s.setArray(3, connection.createArrayOf("varchar", changes.keySet().stream().map(StockChanges.Key::sku).toArray()));
            s.setArray(4, connection.createArrayOf("integer", changes.values().toArray()));
            s.executeUpdate();
        }
    }
}
