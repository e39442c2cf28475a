package io.rechargechannel.orders;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The statements of one page import, on one connection: one statement per step, whatever the page size. */
final class OrderTable {

    private final Connection connection;
    private final long channelId;

    OrderTable(Connection connection, long channelId) {
        this.connection = connection;
        this.channelId = channelId;
    }

    /**
     * Reads the orders by their ReCharge ids through the (ReCharge id, channel) key. The {@code + 0} keeps
     * the channel out of the index choice: asked for {@code channel_id = ?} PostgreSQL took the
     * (channel, status) index whenever it thought a channel small, as it does while a new channel's backfill
     * outruns the statistics, and then read the channel's every order for each page. Rows are locked in id
     * order, as a despatch locks them, so that an import and a bulk despatch sharing orders never deadlock.
     */
    Map<Long, StoredOrderState> lockStored(Collection<Long> rechargeIds) throws SQLException {
        String sql = "SELECT id, recharge_order_id, updated_at, content_hash, fulfilment_status, released_at, "
                + "held_at IS NOT NULL, recharge_status, concat_ws('|', coalesce(ship_company, ''), "
                + "coalesce(ship_address1, ''), coalesce(ship_address2, ''), coalesce(ship_city, ''), "
                + "coalesce(ship_province, ''), coalesce(ship_zip, ''), coalesce(ship_country_code, ''), "
                + "coalesce(ship_phone, ''), coalesce(shipping_method, '')) "
                + "FROM orders WHERE recharge_order_id = ANY (?) AND channel_id + 0 = ? ORDER BY id FOR UPDATE";
        Map<Long, StoredOrderState> stored = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setArray(1, longArray(rechargeIds));
            s.setLong(2, channelId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getLong(2), new StoredOrderState(rs.getLong(1), rs.getLong(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4),
                            FulfilmentStatus.valueOf(rs.getString(5)), rs.getObject(6) != null, rs.getBoolean(7),
                            rs.getString(8), rs.getString(9)));
                }
            }
        }
        return stored;
    }

    /** Inserts the new orders; answers their ids by ReCharge id. */
    Map<Long, Long> insert(List<OrderRows.Row> rows, Instant now) throws SQLException {
        Map<Long, Long> ids = new HashMap<>();
        if (rows.isEmpty()) {
            return ids;
        }
        try (PreparedStatement s = connection.prepareStatement(OrderRows.INSERT)) {
            s.setLong(1, channelId);
            s.setObject(2, now.atOffset(ZoneOffset.UTC));
            s.setObject(3, now.atOffset(ZoneOffset.UTC));
            ColumnArrays.bind(s, 4, OrderRows.INSERTED, rows);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    void update(List<OrderRows.Row> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(OrderRows.UPDATE)) {
            s.setObject(1, now.atOffset(ZoneOffset.UTC));
            ColumnArrays.bind(s, 2, OrderRows.UPDATED, rows);
            s.executeUpdate();
        }
    }

    /** A deleted line: its SKU and quantity, and the stock it held (0 for none). */
    record DeletedLine(long orderId, long warehouseId, String sku, int quantity, int heldQuantity) {
    }

    /**
     * Lines have no stable id of their own in ReCharge: a changed order's lines are replaced whole.
     * Answers the deleted lines, for the caller to give their stock back and to tell what changed.
     */
    List<DeletedLine> deleteLines(Collection<Long> orderIds) throws SQLException {
        List<DeletedLine> deleted = new ArrayList<>();
        if (orderIds.isEmpty()) {
            return deleted;
        }
        String sql = "DELETE FROM order_line WHERE order_id = ANY (?) "
                + "RETURNING order_id, allocated_warehouse_id, sku, quantity, allocated_quantity";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setArray(1, longArray(orderIds));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    deleted.add(new DeletedLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                            rs.getInt(5)));
                }
            }
        }
        return deleted;
    }

    void insertLines(List<OrderRows.LineRow> lines) throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(OrderRows.INSERT_LINES)) {
            ColumnArrays.bind(s, 1, OrderRows.LINES, lines);
            s.executeUpdate();
        }
    }

    private Array longArray(Collection<Long> values) throws SQLException {
        return connection.createArrayOf("bigint", values.toArray());
    }
}
