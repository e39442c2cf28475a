package io.rechargechannel.despatch;

import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.Order;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The statements of one despatch request, on one connection: one statement per step, however many orders. */
final class DespatchTable {

    /** An order as a despatch needs it, its row locked. */
    record LockedOrder(long id, long channelId, FulfilmentStatus status, String shipCountryCode, String number) {
    }

    /** A despatch already made. */
    record Previous(long id, String carrierCode, String carrierName, String trackingNumber, String trackingUrl,
                    Instant despatchedAt) {
    }

    /** An order line's SKU, quantity and the stock it holds. */
    record Line(long orderId, String sku, int quantity, int allocated, Long allocatedWarehouseId) {
    }

    /** A despatch to write. */
    record NewDespatch(long orderId, long channelId, Carrier carrier, String trackingNumber, String trackingUrl) {
    }

    private final Connection connection;

    DespatchTable(Connection connection) {
        this.connection = connection;
    }

    /** Order ids by the numbers given, as written ({@code 1001} or {@code #1001}); a number may match several. */
    Map<String, List<Long>> idsByNumber(Collection<String> numbers) throws SQLException {
        Map<String, List<Long>> ids = new HashMap<>();
        if (numbers.isEmpty()) {
            return ids;
        }
        List<String> plain = numbers.stream().map(DespatchTable::withoutHash).distinct().toList();
        String sql = "SELECT id, external_order_number, external_order_name FROM orders "
                + "WHERE external_order_number = ANY (?) OR external_order_name = ANY (?) ORDER BY id";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setArray(1, connection.createArrayOf("varchar", plain.toArray()));
            s.setArray(2, connection.createArrayOf("varchar", plain.stream().map(n -> "#" + n).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String number = rs.getString(2) != null ? rs.getString(2) : withoutHash(rs.getString(3));
                    ids.computeIfAbsent(number, n -> new ArrayList<>()).add(rs.getLong(1));
                }
            }
        }
        Map<String, List<Long>> byGiven = new HashMap<>();
        numbers.forEach(n -> byGiven.put(n, ids.getOrDefault(withoutHash(n), List.of())));
        return byGiven;
    }

    /** Locks the orders in id order, so that despatches sharing orders never deadlock. */
    Map<Long, LockedOrder> lock(Collection<Long> orderIds) throws SQLException {
        Map<Long, LockedOrder> orders = new LinkedHashMap<>();
        String sql = "SELECT id, channel_id, fulfilment_status, ship_country_code, "
                + "external_order_name, external_order_number, recharge_order_id "
                + "FROM orders WHERE id = ANY (?) ORDER BY id FOR UPDATE";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setArray(1, connection.createArrayOf("bigint", orderIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    orders.put(rs.getLong(1), new LockedOrder(rs.getLong(1), rs.getLong(2),
                            FulfilmentStatus.valueOf(rs.getString(3)), rs.getString(4),
                            Order.numberOf(rs.getString(5), rs.getString(6), rs.getLong(7))));
                }
            }
        }
        return orders;
    }

    Map<Long, Previous> previous(Collection<Long> orderIds) throws SQLException {
        Map<Long, Previous> previous = new HashMap<>();
        if (orderIds.isEmpty()) {
            return previous;
        }
        String sql = "SELECT order_id, id, carrier_code, carrier_name, tracking_number, tracking_url, despatched_at "
                + "FROM despatch WHERE order_id = ANY (?)";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setArray(1, connection.createArrayOf("bigint", orderIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    previous.put(rs.getLong(1), new Previous(rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return previous;
    }

    /** Writes the despatches and marks their orders despatched; answers the despatch ids by order id. */
    Map<Long, Long> despatch(List<NewDespatch> despatches, String actor, Instant now) throws SQLException {
        Object[] orderIds = despatches.stream().map(NewDespatch::orderId).toArray();
        Object[] codes = despatches.stream().map(d -> d.carrier().code()).toArray();
        Object[] numbers = despatches.stream().map(NewDespatch::trackingNumber).toArray();
        try (PreparedStatement s = connection.prepareStatement("""
                UPDATE orders o SET fulfilment_status = 'DESPATCHED', carrier = d.carrier, tracking_number = d.tracking,
                    despatched_at = ?
                FROM unnest(?::bigint[], ?::varchar[], ?::varchar[]) AS d(id, carrier, tracking) WHERE o.id = d.id""")) {
            s.setObject(1, now.atOffset(ZoneOffset.UTC));
            s.setArray(2, connection.createArrayOf("bigint", orderIds));
            s.setArray(3, connection.createArrayOf("varchar", codes));
            s.setArray(4, connection.createArrayOf("varchar", numbers));
            s.executeUpdate();
        }
        Map<Long, Long> ids = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO despatch (order_id, channel_id, carrier_code, carrier_name, tracking_number, tracking_url,
                                      actor, despatched_at)
                SELECT d.order_id, d.channel_id, d.code, d.name, d.tracking, d.url, ?, ?
                FROM unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
                    AS d(order_id, channel_id, code, name, tracking, url)
                RETURNING order_id, id""")) {
            s.setString(1, actor);
            s.setObject(2, now.atOffset(ZoneOffset.UTC));
            s.setArray(3, connection.createArrayOf("bigint", orderIds));
            s.setArray(4, connection.createArrayOf("bigint", despatches.stream().map(NewDespatch::channelId).toArray()));
            s.setArray(5, connection.createArrayOf("varchar", codes));
            s.setArray(6, connection.createArrayOf("varchar", despatches.stream().map(d -> d.carrier().name()).toArray()));
            s.setArray(7, connection.createArrayOf("varchar", numbers));
            s.setArray(8, connection.createArrayOf("varchar", despatches.stream().map(NewDespatch::trackingUrl).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    List<Line> lines(Collection<Long> orderIds) throws SQLException {
        List<Line> lines = new ArrayList<>();
        String sql = "SELECT order_id, sku, quantity, allocated_quantity, allocated_warehouse_id FROM order_line "
                + "WHERE order_id = ANY (?) AND sku IS NOT NULL ORDER BY order_id, line_number";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setArray(1, connection.createArrayOf("bigint", orderIds.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(new Line(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                            (Long) rs.getObject(5, Long.class)));
                }
            }
        }
        return lines;
    }

    /** The lines of despatched orders hold no stock any more: it has left the building. */
    void releaseLines(Collection<Long> orderIds) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE order_line SET allocated_quantity = 0, "
                + "allocated_warehouse_id = NULL WHERE order_id = ANY (?) AND allocated_quantity > 0")) {
            s.setArray(1, connection.createArrayOf("bigint", orderIds.toArray()));
            s.executeUpdate();
        }
    }

    private static String withoutHash(String number) {
        String n = number.strip();
        return n.startsWith("#") ? n.substring(1) : n;
    }
}
