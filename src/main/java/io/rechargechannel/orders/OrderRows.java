package io.rechargechannel.orders;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;

/** The column lists and bindings of the orders and order_line tables, in one place. */
final class OrderRows {

    /** ReCharge's part of an order: everything the importer may overwrite. */
    static final String RECHARGE_COLUMNS = "external_order_id, external_order_number, external_order_name, "
            + "recharge_status, recharge_type, customer_email, first_name, last_name, ship_company, ship_address1, "
            + "ship_address2, ship_city, ship_province, ship_zip, ship_country_code, ship_phone, shipping_method, "
            + "currency, subtotal_price, total_tax, total_discounts, total_price, total_weight_grams, tags, note, "
            + "created_at, updated_at, processed_at, scheduled_at, content_hash";
    static final int RECHARGE_COLUMN_COUNT = 30;

    static final String INSERT = "INSERT INTO orders (" + RECHARGE_COLUMNS + ", channel_id, recharge_order_id, "
            + "fulfilment_status, released_at, needs_attention, attention_reason, imported_at, last_synced_at) VALUES ("
            + "?,".repeat(RECHARGE_COLUMN_COUNT + 8).replaceAll(",$", "")
            + ") ON CONFLICT (channel_id, recharge_order_id) DO NOTHING";

    static final String UPDATE = "UPDATE orders SET (" + RECHARGE_COLUMNS + ") = ("
            + "?,".repeat(RECHARGE_COLUMN_COUNT).replaceAll(",$", "") + "), "
            + "fulfilment_status = ?, released_at = COALESCE(released_at, ?), "
            + "needs_attention = needs_attention OR ?, attention_reason = COALESCE(?, attention_reason), "
            + "last_synced_at = ? WHERE id = ?";

    static final String INSERT_LINE = "INSERT INTO order_line (order_id, line_number, purchase_item_id, "
            + "purchase_item_type, external_product_id, external_variant_id, sku, title, variant_title, quantity, "
            + "unit_price, total_price, grams) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private OrderRows() {
    }

    /** Binds the {@link #RECHARGE_COLUMNS} from parameter 1; returns the next parameter index. */
    static int bindReChargeColumns(PreparedStatement s, IncomingOrder o) throws SQLException {
        IncomingOrder.ShipTo ship = o.shipTo() == null
                ? new IncomingOrder.ShipTo(null, null, null, null, null, null, null, null) : o.shipTo();
        Object[] values = {o.externalOrderId(), o.externalOrderNumber(), o.externalOrderName(), o.rechargeStatus(),
            o.rechargeType(), o.customerEmail(), o.firstName(), o.lastName(), ship.company(), ship.address1(),
            ship.address2(), ship.city(), ship.province(), ship.zip(), ship.countryCode(), ship.phone(),
            o.shippingMethod(), o.currency(), o.subtotalPrice(), o.totalTax(), o.totalDiscounts(), o.totalPrice(),
            o.totalWeightGrams(), o.tags(), o.note(), o.createdAt(), o.updatedAt(), o.processedAt(), o.scheduledAt(),
            o.contentHash()};
        for (int i = 0; i < values.length; i++) {
            bind(s, i + 1, values[i]);
        }
        return values.length + 1;
    }

    static void bindLine(PreparedStatement s, long orderId, int lineNumber, IncomingOrder.Line l) throws SQLException {
        Object[] values = {orderId, lineNumber, l.purchaseItemId(), l.purchaseItemType(), l.externalProductId(),
            l.externalVariantId(), l.sku(), l.title(), l.variantTitle(), l.quantity(), l.unitPrice(), l.totalPrice(),
            l.grams()};
        for (int i = 0; i < values.length; i++) {
            bind(s, i + 1, values[i]);
        }
    }

    static void bind(PreparedStatement s, int index, Object value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            s.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else if (value instanceof BigDecimal decimal) {
            s.setBigDecimal(index, decimal);
        } else {
            s.setObject(index, value);
        }
    }
}
