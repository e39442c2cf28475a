package io.rechargechannel.orders;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The statements of one page import, on one connection. Batched: a page is a few round trips. */
final class OrderTable {

    record Insert(IncomingOrder order, FulfilmentRules.Decision decision) {
    }

    record Update(StoredOrderState before, IncomingOrder order, FulfilmentRules.Decision decision) {
    }

    private final Connection connection;
    private final long channelId;

    OrderTable(Connection connection, long channelId) {
        this.connection = connection;
        this.channelId = channelId;
    }

    Map<Long, StoredOrderState> lockStored(Collection<Long> rechargeIds) throws SQLException {
        String sql = "SELECT id, recharge_order_id, updated_at, content_hash, fulfilment_status, released_at "
                + "FROM orders WHERE channel_id = ? AND recharge_order_id = ANY (?) FOR UPDATE";
        Map<Long, StoredOrderState> stored = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, channelId);
            s.setArray(2, longArray(rechargeIds));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getLong(2), new StoredOrderState(rs.getLong(1), rs.getLong(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4),
                            FulfilmentStatus.valueOf(rs.getString(5)), rs.getObject(6) != null));
                }
            }
        }
        return stored;
    }

    void insert(List<Insert> inserts, Instant now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(OrderRows.INSERT)) {
            for (Insert insert : inserts) {
                int i = OrderRows.bindReChargeColumns(s, insert.order());
                FulfilmentRules.Decision d = insert.decision();
                OrderRows.bind(s, i++, channelId);
                OrderRows.bind(s, i++, insert.order().rechargeOrderId());
                OrderRows.bind(s, i++, d.status().name());
                OrderRows.bind(s, i++, d.released() ? now : null);
                OrderRows.bind(s, i++, d.attention() != null);
                OrderRows.bind(s, i++, d.attention());
                OrderRows.bind(s, i++, now);
                OrderRows.bind(s, i, now);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    void update(List<Update> updates, Instant now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(OrderRows.UPDATE)) {
            for (Update update : updates) {
                int i = OrderRows.bindReChargeColumns(s, update.order());
                FulfilmentRules.Decision d = update.decision();
                OrderRows.bind(s, i++, d.status().name());
                OrderRows.bind(s, i++, d.released() ? now : null);
                OrderRows.bind(s, i++, d.attention() != null);
                OrderRows.bind(s, i++, d.attention());
                OrderRows.bind(s, i++, now);
                OrderRows.bind(s, i, update.before().id());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    Map<Long, Long> idsOf(Collection<Long> rechargeIds) throws SQLException {
        Map<Long, Long> ids = new HashMap<>();
        if (rechargeIds.isEmpty()) {
            return ids;
        }
        String sql = "SELECT recharge_order_id, id FROM orders WHERE channel_id = ? AND recharge_order_id = ANY (?)";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, channelId);
            s.setArray(2, longArray(rechargeIds));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    /** Lines have no stable id of their own in ReCharge: a changed order's lines are replaced whole. */
    void replaceLines(List<IncomingOrder> changed, Map<Long, Long> ids) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM order_line WHERE order_id = ANY (?)")) {
            delete.setArray(1, longArray(ids.values()));
            delete.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement(OrderRows.INSERT_LINE)) {
            for (IncomingOrder order : changed) {
                long orderId = ids.get(order.rechargeOrderId());
                int number = 1;
                for (IncomingOrder.Line line : order.lines()) {
                    OrderRows.bindLine(s, orderId, number++, line);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private Array longArray(Collection<Long> values) throws SQLException {
        return connection.createArrayOf("bigint", values.toArray());
    }
}
