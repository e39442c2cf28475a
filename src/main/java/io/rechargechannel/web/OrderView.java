package io.rechargechannel.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.Order;
import io.rechargechannel.orders.OrderLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the warehouse API shows it. */
public record OrderView(long id, long channelId, long rechargeOrderId, String orderNumber, String orderName,
                        String rechargeStatus, String rechargeType, FulfilmentStatus fulfilmentStatus,
                        boolean needsAttention, String attentionReason, String customerEmail, String firstName,
                        String lastName, Address shippingAddress, String shippingMethod, String currency,
                        BigDecimal totalPrice, String tags, String note, Instant createdAt, Instant updatedAt,
                        Instant processedAt, Instant scheduledAt, Instant importedAt,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<Line> lines) {

    public record Address(String company, String address1, String address2, String city, String province,
                          String zip, String countryCode, String phone) {
    }

    public record Line(int lineNumber, String sku, String title, String variantTitle, int quantity,
                       BigDecimal unitPrice, BigDecimal totalPrice, String externalProductId,
                       String externalVariantId, int allocatedQuantity) {

        static Line from(OrderLine l) {
            return new Line(l.lineNumber, l.sku, l.title, l.variantTitle, l.quantity, l.unitPrice, l.totalPrice,
                    l.externalProductId, l.externalVariantId, l.allocatedQuantity);
        }
    }

    /** Without lines, for listings. */
    public static OrderView summary(Order o) {
        return of(o, null);
    }

    public static OrderView withLines(Order o) {
        return of(o, o.lines.stream().map(Line::from).toList());
    }

    private static OrderView of(Order o, List<Line> lines) {
        return new OrderView(o.id, o.channelId, o.rechargeOrderId, o.externalOrderNumber, o.externalOrderName,
                o.rechargeStatus, o.rechargeType, o.fulfilmentStatus, o.needsAttention, o.attentionReason,
                o.customerEmail, o.firstName, o.lastName,
                new Address(o.shipCompany, o.shipAddress1, o.shipAddress2, o.shipCity, o.shipProvince, o.shipZip,
                        o.shipCountryCode, o.shipPhone),
                o.shippingMethod, o.currency, o.totalPrice, o.tags, o.note, o.createdAt, o.updatedAt,
                o.processedAt, o.scheduledAt, o.importedAt, lines);
    }
}
