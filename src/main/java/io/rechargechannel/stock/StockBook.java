package io.rechargechannel.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Applies stock moves (receipts, counts, despatches) to the levels and writes their ledger rows, set-based, in the
 * caller's transaction: two statements whatever the number of moves. Rows are created and locked in (warehouse,
 * SKU) order, the order {@link StockAllocator} uses, so writers sharing SKUs never deadlock. Fires
 * {@link StockMoved} per warehouse once the rows are written.
 */
@ApplicationScoped
public class StockBook {

    /** Stock rows for SKUs first seen (on hand 0): the moves below then find a row to change. */
    private static final String ENSURE = """
            INSERT INTO stock_level (warehouse_id, sku, on_hand, allocated, updated_at)
            SELECT c.warehouse_id, c.sku, 0, 0, ?
            FROM unnest(?::bigint[], ?::varchar[]) WITH ORDINALITY AS c(warehouse_id, sku, n)
            ORDER BY c.n
            ON CONFLICT (warehouse_id, sku) DO NOTHING""";

    /**
     * The levels changed by the summed deltas (locked in order) and the ledger rows, one statement. Parameters: now,
     * actor, then per level warehouse ids, SKUs, on-hand and allocated deltas, then per move warehouse ids, SKUs,
     * kinds, on-hand and allocated deltas, reasons and order ids.
     */
    private static final String MOVE = """
            WITH stamp AS (SELECT ?::timestamptz AS now, ?::varchar AS actor),
            c AS (SELECT * FROM unnest(?::bigint[], ?::varchar[], ?::integer[], ?::integer[]) WITH ORDINALITY
                AS c(warehouse_id, sku, on_hand, allocated, n)),
            locked AS (
                SELECT s.id, c.on_hand, c.allocated FROM c
                JOIN stock_level s ON s.warehouse_id = c.warehouse_id AND s.sku = c.sku
                ORDER BY c.n FOR UPDATE OF s),
            moved AS (
                INSERT INTO stock_movement (warehouse_id, sku, kind, on_hand_delta, allocated_delta, reason, order_id,
                                            actor, at)
                SELECT m.warehouse_id, m.sku, m.kind, m.on_hand, m.allocated, m.reason, m.order_id, stamp.actor, stamp.now
                FROM unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::integer[], ?::integer[], ?::varchar[], ?::bigint[])
                    AS m(warehouse_id, sku, kind, on_hand, allocated, reason, order_id), stamp)
            UPDATE stock_level s SET on_hand = s.on_hand + l.on_hand, allocated = s.allocated + l.allocated,
                updated_at = stamp.now
            FROM locked l, stamp WHERE s.id = l.id""";

    private record Key(long warehouseId, String sku) {
    }

    private record Sum(int onHand, int allocated) {
        Sum plus(Sum other) {
            return new Sum(onHand + other.onHand, allocated + other.allocated);
        }
    }

    private final Event<StockMoved> moved;

    StockBook(Event<StockMoved> moved) {
        this.moved = moved;
    }

    public void apply(Connection connection, List<StockMove> moves, String actor, Instant now) throws SQLException {
        if (moves.isEmpty()) {
            return;
        }
        Map<Key, Sum> levels = new TreeMap<>(Comparator.comparingLong(Key::warehouseId).thenComparing(Key::sku));
        for (StockMove m : moves) {
            levels.merge(new Key(m.warehouseId(), m.sku()), new Sum(m.onHandDelta(), m.allocatedDelta()), Sum::plus);
        }
        Object[] warehouses = levels.keySet().stream().map(Key::warehouseId).toArray();
        Object[] skus = levels.keySet().stream().map(Key::sku).toArray();
        ensure(connection, warehouses, skus, now);
        try (PreparedStatement s = connection.prepareStatement(MOVE)) {
            s.setObject(1, now.atOffset(ZoneOffset.UTC));
            s.setString(2, actor);
            s.setArray(3, connection.createArrayOf("bigint", warehouses));
            s.setArray(4, connection.createArrayOf("varchar", skus));
            s.setArray(5, connection.createArrayOf("integer", levels.values().stream().map(Sum::onHand).toArray()));
            s.setArray(6, connection.createArrayOf("integer", levels.values().stream().map(Sum::allocated).toArray()));
            s.setArray(7, connection.createArrayOf("bigint", moves.stream().map(StockMove::warehouseId).toArray()));
            s.setArray(8, connection.createArrayOf("varchar", moves.stream().map(StockMove::sku).toArray()));
            s.setArray(9, connection.createArrayOf("varchar", moves.stream().map(m -> m.kind().name()).toArray()));
            s.setArray(10, connection.createArrayOf("integer", moves.stream().map(StockMove::onHandDelta).toArray()));
            s.setArray(11, connection.createArrayOf("integer", moves.stream().map(StockMove::allocatedDelta).toArray()));
            s.setArray(12, connection.createArrayOf("varchar", moves.stream().map(StockMove::reason).toArray()));
            s.setArray(13, connection.createArrayOf("bigint", moves.stream().map(StockMove::orderId).toArray()));
            s.executeUpdate();
        }
        tell(levels, moves);
    }

    /** One {@link StockMoved} per warehouse: the SKUs whose available stock changed, and the orders moved for. */
    private void tell(Map<Key, Sum> levels, List<StockMove> moves) {
        Map<Long, Set<String>> availableChanged = new TreeMap<>();
        levels.forEach((key, sum) -> {
            if (sum.onHand() != sum.allocated()) {
                availableChanged.computeIfAbsent(key.warehouseId(), w -> new TreeSet<>()).add(key.sku());
            }
        });
        Map<Long, Set<Long>> ordersMoved = moves.stream().filter(m -> m.orderId() != null)
                .collect(Collectors.groupingBy(StockMove::warehouseId, TreeMap::new,
                        Collectors.mapping(StockMove::orderId, Collectors.toCollection(TreeSet::new))));
        Set<Long> warehouses = new TreeSet<>(availableChanged.keySet());
        warehouses.addAll(ordersMoved.keySet());
        for (long warehouse : warehouses) {
            moved.fire(new StockMoved(warehouse, availableChanged.getOrDefault(warehouse, Set.of()),
                    ordersMoved.getOrDefault(warehouse, Set.of())));
        }
    }

    /** The SKU's stock row exists (on hand 0 when new), so that it can be locked before it is first moved. */
    void ensure(Connection connection, long warehouseId, String sku, Instant now) throws SQLException {
        ensure(connection, new Object[] {warehouseId}, new Object[] {sku}, now);
    }

    private static void ensure(Connection connection, Object[] warehouses, Object[] skus, Instant now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(ENSURE)) {
            s.setObject(1, now.atOffset(ZoneOffset.UTC));
            s.setArray(2, connection.createArrayOf("bigint", warehouses));
            s.setArray(3, connection.createArrayOf("varchar", skus));
            s.executeUpdate();
        }
    }
}
