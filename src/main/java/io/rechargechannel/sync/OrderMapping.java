package io.rechargechannel.sync;

import io.rechargechannel.orders.IncomingOrder;
import io.rechargechannel.recharge.ExternalId;
import io.rechargechannel.recharge.ReChargeAddress;
import io.rechargechannel.recharge.ReChargeLineItem;
import io.rechargechannel.recharge.ReChargeOrder;
import io.rechargechannel.recharge.ReChargeShippingLine;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The edge between ReCharge and the warehouse: a 2021-11 order becomes an {@link IncomingOrder}, or
 * is refused with a reason a person can act on (it is then quarantined, not lost).
 */
final class OrderMapping {

    /** Thrown for an order the warehouse cannot take as it is. */
    static final class Unmappable extends Exception {
        Unmappable(String reason) {
            super(reason);
        }
    }

    private OrderMapping() {
    }

    /** {@code contentHash} is the {@link io.rechargechannel.recharge.WireRecord#contentHash()} of the order's JSON. */
    static IncomingOrder map(ReChargeOrder o, String contentHash) throws Unmappable {
        if (o.updatedAt() == null) {
            throw new Unmappable("order " + o.id() + " has no updated_at");
        }
        ReChargeAddress ship = o.shippingAddress();
        String email = o.customer() == null ? null : o.customer().email();
        return new IncomingOrder(o.id(), ecommerce(o.externalOrderId()), ecommerce(o.externalOrderNumber()),
                ecommerce(o.externalOrderName()), o.charge() == null ? null : o.charge().id(),
                o.charge() == null ? null : o.charge().status(), o.status(), o.type(), email,
                ship == null ? null : ship.firstName(), ship == null ? null : ship.lastName(), shipTo(ship),
                shippingMethod(o.shippingLines()), o.currency(), o.subtotalPrice(), o.totalTax(),
                o.totalDiscounts(), o.totalPrice(), o.totalWeightGrams(), o.tags(), o.note(),
                instant(o.createdAt()), instant(o.updatedAt()), instant(o.processedAt()), instant(o.scheduledAt()),
                lines(o), contentHash);
    }

    private static List<IncomingOrder.Line> lines(ReChargeOrder o) throws Unmappable {
        List<IncomingOrder.Line> lines = new ArrayList<>(o.lineItems().size());
        int number = 1;
        for (ReChargeLineItem item : o.lineItems()) {
            if (item.quantity() == null || item.quantity() <= 0) {
                throw new Unmappable("order " + o.id() + " line " + number + " has quantity " + item.quantity());
            }
            lines.add(new IncomingOrder.Line(item.purchaseItemId(), item.purchaseItemType(),
                    ecommerce(item.externalProductId()), ecommerce(item.externalVariantId()), blankToNull(item.sku()),
                    item.title(), item.variantTitle(), item.quantity(), item.unitPrice(), item.totalPrice(),
                    item.grams()));
            number++;
        }
        return lines;
    }

    private static IncomingOrder.ShipTo shipTo(ReChargeAddress a) {
        if (a == null) {
            return null;
        }
        return new IncomingOrder.ShipTo(a.company(), a.address1(), a.address2(), a.city(), a.province(), a.zip(),
                a.countryCode(), a.phone());
    }

    private static String shippingMethod(List<ReChargeShippingLine> lines) {
        return lines.isEmpty() ? null : lines.get(0).title() != null ? lines.get(0).title() : lines.get(0).code();
    }

    private static String ecommerce(ExternalId id) {
        return id == null ? null : id.ecommerce();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static java.time.Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
