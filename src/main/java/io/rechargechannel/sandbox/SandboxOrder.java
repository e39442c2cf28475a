package io.rechargechannel.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Read-only truth about one sandbox order, as it is now: what a sync should end up with. */
public record SandboxOrder(long id, String status, String type, String email, String shippingFirstName,
                           String shippingLastName, String shippingAddress1, String shippingCity,
                           String shippingCountryCode, String note, Instant createdAt, Instant updatedAt,
                           BigDecimal totalPrice, String currency, List<Line> lines) {

    public record Line(long purchaseItemId, String sku, String externalProductId, String externalVariantId,
                       String title, String variantTitle, int quantity, BigDecimal unitPrice, int grams) {
    }

    static SandboxOrder from(StoredOrder order) {
        OrderBody body = order.body;
        OrderRevision now = order.current();
        Address ship = now.shippingAddress;
        List<Line> lines = body.lines().stream().map(l -> new Line(l.purchaseItemId(), l.variant().sku(),
                l.product().externalProductId(), l.variant().externalVariantId(), l.product().title(),
                l.variant().title(), l.quantity(), BigDecimal.valueOf(l.variant().priceCents(), 2),
                l.variant().grams())).toList();
        return new SandboxOrder(body.id(), now.status, body.recurring() ? "recurring" : "checkout",
                body.customer().email(), ship.firstName(), ship.lastName(), ship.address1(), ship.city(),
                ship.countryCode(), now.note, Instant.ofEpochSecond(body.createdAt()),
                Instant.ofEpochSecond(now.updatedAt),
                BigDecimal.valueOf(body.subtotalCents() + body.shipping().priceCents(), 2), body.currency(), lines);
    }
}
