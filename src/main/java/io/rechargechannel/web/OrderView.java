package io.rechargechannel.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.Order;
import io.rechargechannel.orders.OrderEvent;
import io.rechargechannel.orders.OrderLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the warehouse API shows it; one order's page adds its lines and timeline. */
public record OrderView(long id, long channelId, long rechargeOrderId, String externalOrderId, String orderNumber,
                        String orderName, String displayNumber, Long chargeId, String chargeStatus,
                        String rechargeStatus, String rechargeType,
                        FulfilmentStatus fulfilmentStatus, String status, boolean needsAttention,
                        String attentionReason, Instant attentionSince, Hold hold, String customerEmail,
                        String firstName, String lastName, Address shippingAddress, String shippingMethod,
                        String currency, BigDecimal totalPrice, String tags, String note, Instant createdAt,
                        Instant updatedAt, Instant processedAt, Instant scheduledAt, Instant importedAt,
                        Instant despatchedAt, String carrier, String trackingNumber,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<Line> lines,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineEntry> timeline) {

    public record Address(String company, String address1, String address2, String city, String province,
                          String zip, String countryCode, String phone) {
    }

    /** A hold the warehouse put on the order; null when there is none. */
    public record Hold(Instant at, String by, String reason) {
    }

    /** A line, with the stock it holds in the channel's warehouse. */
    public record Line(int lineNumber, String sku, String title, String variantTitle, int quantity,
                       BigDecimal unitPrice, BigDecimal totalPrice, String externalProductId,
                       String externalVariantId, int allocatedQuantity) {

        static Line from(OrderLine l) {
            return new Line(l.lineNumber, l.sku, l.title, l.variantTitle, l.quantity, l.unitPrice, l.totalPrice,
                    l.externalProductId, l.externalVariantId, l.allocatedQuantity);
        }
    }

    /** One line of the timeline, oldest first. */
    public record TimelineEntry(Instant at, OrderEvent.Kind kind, String what, String actor, String summary) {

        static TimelineEntry from(OrderEvent e) {
            return new TimelineEntry(e.at, e.kind, e.kind.label(), e.actor, e.summary);
        }
    }

    /** Without lines, for listings. */
    public static OrderView summary(Order o) {
        return of(o, null, null);
    }

    public static OrderView withLines(Order o) {
        return of(o, o.lines.stream().map(Line::from).toList(), null);
    }

    public static OrderView detail(Order o, List<OrderEvent> timeline) {
        return of(o, o.lines.stream().map(Line::from).toList(), timeline.stream().map(TimelineEntry::from).toList());
    }

    private static OrderView of(Order o, List<Line> lines, List<TimelineEntry> timeline) {
        return new OrderView(o.id, o.channelId, o.rechargeOrderId, o.externalOrderId, o.externalOrderNumber,
                o.externalOrderName, o.displayNumber(), o.chargeId, o.chargeStatus, o.rechargeStatus, o.rechargeType,
                o.fulfilmentStatus, o.fulfilmentStatus.label(), o.needsAttention, o.attentionReason, o.attentionSince,
                o.heldAt == null ? null : new Hold(o.heldAt, o.heldBy, o.holdReason),
                o.customerEmail, o.firstName, o.lastName,
                new Address(o.shipCompany, o.shipAddress1, o.shipAddress2, o.shipCity, o.shipProvince, o.shipZip,
                        o.shipCountryCode, o.shipPhone),
                o.shippingMethod, o.currency, o.totalPrice, o.tags, o.note, o.createdAt, o.updatedAt,
                o.processedAt, o.scheduledAt, o.importedAt, o.despatchedAt, o.carrier, o.trackingNumber, lines,
                timeline);
    }
}
