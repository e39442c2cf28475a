package io.rechargechannel.orders;

import io.rechargechannel.orders.ColumnArrays.Column;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static io.rechargechannel.orders.ColumnArrays.column;
import static io.rechargechannel.orders.ColumnArrays.names;
import static io.rechargechannel.orders.ColumnArrays.unnest;

/**
 * The timeline lines one page import writes, in one statement: imported, updated with what changed, stock
 * allocated, cancelled. Written in the import's own transaction, so a line exists exactly when its change does.
 */
final class ImportTimeline {

    /** Who the timeline says did it. */
    static final String ACTOR = "ReCharge sync";

    private record Line(long orderId, OrderEvent.Kind kind, String summary, Instant at) {
    }

    private static final List<Column<Line>> COLUMNS = List.of(
            column("order_id", "bigint", Line::orderId),
            column("at", "timestamptz", Line::at),
            column("kind", "varchar", l -> l.kind().name()),
            column("actor", "varchar", l -> ACTOR),
            column("summary", "text", Line::summary));

    private static final String INSERT = "INSERT INTO order_event (" + names(COLUMNS, "") + ") SELECT * FROM "
            + unnest(COLUMNS, "e");

    private final List<Line> lines = new ArrayList<>();
    private final Instant now;

    ImportTimeline(Instant now) {
        this.now = now;
    }

    void imported(OrderRows.Row row, boolean holdsStock) {
        IncomingOrder order = row.order();
        add(row.id(), OrderEvent.Kind.IMPORTED, "Imported from ReCharge (status " + lower(order.rechargeStatus())
                + ", " + order.lines().size() + (order.lines().size() == 1 ? " line" : " lines") + "): "
                + row.decision().status().label());
        if (holdsStock) {
            allocated(row);
        }
    }

    /** An update: what ReCharge changed, and where that leaves the order in the warehouse. */
    void updated(StoredOrderState before, OrderRows.Row row, List<OrderTable.DeletedLine> oldLines,
                 boolean heldStockBefore, boolean holdsStock) {
        IncomingOrder order = row.order();
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(lower(before.rechargeStatus()), lower(order.rechargeStatus()))) {
            changes.add("status " + lower(before.rechargeStatus()) + " → " + lower(order.rechargeStatus()));
        }
        if (!before.shipTo().equals(StoredOrderState.shipTo(order))) {
            changes.add("shipping address or method changed");
        }
        if (!describe(oldLines.stream().collect(Collectors.toMap(l -> String.valueOf(l.sku()),
                OrderTable.DeletedLine::quantity, Integer::sum))).equals(describe(quantities(order)))) {
            changes.add("lines now " + describe(quantities(order)));
        }
        if (changes.isEmpty()) {
            changes.add("details changed");
        }
        FulfilmentStatus after = row.decision().status();
        String move = before.status() == after ? "" : "; " + before.status().label() + " → " + after.label();
        add(row.id(), OrderEvent.Kind.UPDATED, String.join("; ", changes) + move);
        if (after == FulfilmentStatus.CANCELLED && before.status() != FulfilmentStatus.CANCELLED) {
            add(row.id(), OrderEvent.Kind.CANCELLED, "Cancelled in ReCharge" + (heldStockBefore ? ": stock given back" : ""));
        } else if (holdsStock && !heldStockBefore) {
            allocated(row);
        }
    }

    void write(Connection connection) throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            ColumnArrays.bind(s, 1, COLUMNS, lines);
            s.executeUpdate();
        }
    }

    private void allocated(OrderRows.Row row) {
        Map<String, Integer> skus = quantities(row.order());
        skus.remove("null");
        if (!skus.isEmpty()) {
            add(row.id(), OrderEvent.Kind.ALLOCATED, "Stock allocated: " + describe(skus));
        }
    }

    private void add(long orderId, OrderEvent.Kind kind, String summary) {
        lines.add(new Line(orderId, kind, summary, now));
    }

    private static Map<String, Integer> quantities(IncomingOrder order) {
        return order.lines().stream().collect(Collectors.toMap(l -> String.valueOf(l.sku()),
                IncomingOrder.Line::quantity, Integer::sum, java.util.TreeMap::new));
    }

    private static String describe(Map<String, Integer> quantities) {
        return new java.util.TreeMap<>(quantities).entrySet().stream()
                .map(e -> e.getValue() + " × " + ("null".equals(e.getKey()) ? "(no SKU)" : e.getKey()))
                .collect(Collectors.joining(", "));
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
