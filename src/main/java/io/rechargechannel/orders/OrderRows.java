package io.rechargechannel.orders;

import io.rechargechannel.orders.ColumnArrays.Column;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import static io.rechargechannel.orders.ColumnArrays.column;
import static io.rechargechannel.orders.ColumnArrays.names;
import static io.rechargechannel.orders.ColumnArrays.unnest;

/** The columns of the orders and order_line tables and the set-based statements that write them. */
final class OrderRows {

    /** An order to insert or update, with the warehouse's decision about it. */
    record Row(long id, IncomingOrder order, FulfilmentRules.Decision decision, Instant now) {

        Instant releasedAt() {
            return decision.released() ? now : null;
        }
    }

    /** One line of an order, numbered from 1 in ReCharge's order, and the stock it holds (0 for none). */
    record LineRow(long orderId, int number, IncomingOrder.Line line, int allocatedQuantity, Long allocatedWarehouseId) {
    }

    /** ReCharge's part of an order: everything the importer may overwrite. */
    private static final List<Column<Row>> RECHARGE = List.of(
            order("external_order_id", "varchar", IncomingOrder::externalOrderId),
            order("external_order_number", "varchar", IncomingOrder::externalOrderNumber),
            order("external_order_name", "varchar", IncomingOrder::externalOrderName),
            order("charge_id", "bigint", IncomingOrder::chargeId),
            order("charge_status", "varchar", IncomingOrder::chargeStatus),
            order("recharge_status", "varchar", IncomingOrder::rechargeStatus),
            order("recharge_type", "varchar", IncomingOrder::rechargeType),
            order("customer_email", "varchar", IncomingOrder::customerEmail),
            order("first_name", "varchar", IncomingOrder::firstName),
            order("last_name", "varchar", IncomingOrder::lastName),
            shipTo("ship_company", IncomingOrder.ShipTo::company),
            shipTo("ship_address1", IncomingOrder.ShipTo::address1),
            shipTo("ship_address2", IncomingOrder.ShipTo::address2),
            shipTo("ship_city", IncomingOrder.ShipTo::city),
            shipTo("ship_province", IncomingOrder.ShipTo::province),
            shipTo("ship_zip", IncomingOrder.ShipTo::zip),
            shipTo("ship_country_code", IncomingOrder.ShipTo::countryCode),
            shipTo("ship_phone", IncomingOrder.ShipTo::phone),
            order("shipping_method", "varchar", IncomingOrder::shippingMethod),
            order("currency", "varchar", IncomingOrder::currency),
            order("subtotal_price", "numeric", IncomingOrder::subtotalPrice),
            order("total_tax", "numeric", IncomingOrder::totalTax),
            order("total_discounts", "numeric", IncomingOrder::totalDiscounts),
            order("total_price", "numeric", IncomingOrder::totalPrice),
            order("total_weight_grams", "integer", IncomingOrder::totalWeightGrams),
            order("tags", "text", IncomingOrder::tags),
            order("note", "text", IncomingOrder::note),
            order("created_at", "timestamptz", IncomingOrder::createdAt),
            order("updated_at", "timestamptz", IncomingOrder::updatedAt),
            order("processed_at", "timestamptz", IncomingOrder::processedAt),
            order("scheduled_at", "timestamptz", IncomingOrder::scheduledAt),
            order("content_hash", "varchar", IncomingOrder::contentHash));

    /** The warehouse's decision, as far as an import may change it. */
    private static final List<Column<Row>> DECISION = List.of(
            column("fulfilment_status", "varchar", r -> r.decision().status().name()),
            column("released_at", "timestamptz", Row::releasedAt),
            column("needs_attention", "boolean", r -> r.decision().attention() != null),
            column("attention_reason", "text", r -> r.decision().attention()));

    static final List<Column<Row>> INSERTED = concat(
            List.of(order("recharge_order_id", "bigint", IncomingOrder::rechargeOrderId)), RECHARGE, DECISION);

    static final List<Column<Row>> UPDATED = concat(List.of(column("id", "bigint", Row::id)), RECHARGE, DECISION);

    static final List<Column<LineRow>> LINES = List.of(
            column("order_id", "bigint", LineRow::orderId),
            column("line_number", "integer", LineRow::number),
            line("purchase_item_id", "bigint", IncomingOrder.Line::purchaseItemId),
            line("purchase_item_type", "varchar", IncomingOrder.Line::purchaseItemType),
            line("external_product_id", "varchar", IncomingOrder.Line::externalProductId),
            line("external_variant_id", "varchar", IncomingOrder.Line::externalVariantId),
            line("sku", "varchar", IncomingOrder.Line::sku),
            line("title", "varchar", IncomingOrder.Line::title),
            line("variant_title", "varchar", IncomingOrder.Line::variantTitle),
            line("quantity", "integer", IncomingOrder.Line::quantity),
            line("unit_price", "numeric", IncomingOrder.Line::unitPrice),
            line("total_price", "numeric", IncomingOrder.Line::totalPrice),
            line("grams", "integer", IncomingOrder.Line::grams),
            column("allocated_quantity", "integer", LineRow::allocatedQuantity),
            column("allocated_warehouse_id", "bigint", LineRow::allocatedWarehouseId));

    /** Parameters: channel id, now (twice), then the {@link #INSERTED} arrays. Answers each new row's ids. */
    static final String INSERT = "INSERT INTO orders (" + names(INSERTED, "") + ", channel_id, imported_at, "
            + "last_synced_at) SELECT r.*, ?, ?, ? FROM " + unnest(INSERTED, "r")
            + " ON CONFLICT (channel_id, recharge_order_id) DO NOTHING RETURNING recharge_order_id, id";

    /**
     * Parameters: now, then the {@link #UPDATED} arrays. The warehouse's own fields only move forward:
     * a release time, once set, stays, and so does a reason for attention.
     */
    static final String UPDATE = "UPDATE orders o SET (" + names(RECHARGE, "") + ") = (" + names(RECHARGE, "r.")
            + "), fulfilment_status = r.fulfilment_status, released_at = COALESCE(o.released_at, r.released_at), "
            + "needs_attention = o.needs_attention OR r.needs_attention, "
            + "attention_reason = COALESCE(r.attention_reason, o.attention_reason), last_synced_at = ? "
            + "FROM " + unnest(UPDATED, "r") + " WHERE o.id = r.id";

    /** Parameters: the {@link #LINES} arrays. */
    static final String INSERT_LINES = "INSERT INTO order_line (" + names(LINES, "") + ") SELECT * FROM "
            + unnest(LINES, "l");

    private OrderRows() {
    }

    private static Column<Row> order(String name, String type, Function<IncomingOrder, Object> value) {
        return column(name, type, r -> value.apply(r.order()));
    }

    private static Column<Row> shipTo(String name, Function<IncomingOrder.ShipTo, Object> value) {
        return column(name, "varchar", r -> r.order().shipTo() == null ? null : value.apply(r.order().shipTo()));
    }

    private static Column<LineRow> line(String name, String type, Function<IncomingOrder.Line, Object> value) {
        return column(name, type, l -> value.apply(l.line()));
    }

    @SafeVarargs
    private static <T> List<Column<T>> concat(List<Column<T>>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
