package io.rechargechannel.web.pages;

import io.rechargechannel.despatch.Despatch;
import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.Order;
import io.rechargechannel.orders.OrderEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** One order as its page shows it: lines and stock held, address, references, timeline, and what can be done. */
public record OrderPage(long id, String number, String channel, String status, String statusKind, String placed,
                        String placedExact, String attentionReason, String attentionAge, String holdReason,
                        String heldBy, String heldAge, List<LineRow> lines, int units, List<String> address,
                        String shippingMethod, String customer, String email, List<Reference> references,
                        List<Moment> timeline, boolean canHold, boolean canRelease, boolean canDespatch,
                        boolean despatched, String carrier, String trackingNumber, String trackingUrl,
                        String despatchedAt, String despatchedBy) {

    /** A line of the order and the stock it holds. */
    public record LineRow(int number, String sku, String title, String variant, int quantity, int held) {
    }

    /** A ReCharge or shop reference, as its label and value. */
    public record Reference(String label, String value) {
    }

    /** One line of the timeline. */
    public record Moment(String when, String exact, String what, String kind, String actor, String summary) {
    }

    /** The status as it reads inside a sentence: "This order is despatched". */
    public String statusInASentence() {
        return status.toLowerCase(Locale.ROOT);
    }

    /** {@code despatch} is null for an order not despatched (or despatched before despatches were recorded). */
    static OrderPage of(Order o, String channel, Despatch despatch, List<OrderEvent> events, Instant now) {
        List<LineRow> lines = o.lines.stream().map(l -> new LineRow(l.lineNumber, l.sku, l.title, l.variantTitle,
                l.quantity, l.allocatedQuantity)).toList();
        boolean open = !o.fulfilmentStatus.isFinal();
        return new OrderPage(o.id, o.displayNumber(), channel, o.fulfilmentStatus.label(), BoardPage.kind(o.fulfilmentStatus),
                Times.ago(o.placedAt, now), Times.exact(o.placedAt), o.attentionReason,
                o.attentionSince == null ? null : Times.ago(o.attentionSince, now), o.holdReason, o.heldBy,
                o.heldAt == null ? null : Times.ago(o.heldAt, now), lines,
                lines.stream().mapToInt(LineRow::quantity).sum(), address(o), o.shippingMethod, o.customerName(),
                o.customerEmail, references(o), events.stream().map(e -> moment(e, now)).toList(),
                open && o.heldAt == null, o.heldAt != null,
                open && o.heldAt == null && (o.fulfilmentStatus == FulfilmentStatus.NEW || o.fulfilmentStatus == FulfilmentStatus.ALLOCATED),
                o.fulfilmentStatus == FulfilmentStatus.DESPATCHED,
                despatch == null ? o.carrier : despatch.carrierName, o.trackingNumber,
                despatch == null ? null : despatch.trackingUrl,
                o.despatchedAt == null ? null : Times.exact(o.despatchedAt), despatch == null ? null : despatch.actor);
    }

    private static List<String> address(Order o) {
        String town = Stream.of(o.shipCity, o.shipProvince, o.shipZip).filter(OrderPage::present)
                .reduce((a, b) -> a + ", " + b).orElse(null);
        List<String> lines = new ArrayList<>();
        Stream.of(o.customerName(), o.shipCompany, o.shipAddress1, o.shipAddress2, town, o.shipCountryCode, o.shipPhone)
                .filter(OrderPage::present).forEach(lines::add);
        return lines;
    }

    private static List<Reference> references(Order o) {
        List<Reference> refs = new ArrayList<>();
        refs.add(new Reference("ReCharge order id", String.valueOf(o.rechargeOrderId)));
        refs.add(new Reference("Shop order number", present(o.externalOrderNumber) ? o.externalOrderNumber : "not known"));
        refs.add(new Reference("Shop order name", present(o.externalOrderName) ? o.externalOrderName : "not known"));
        refs.add(new Reference("Shop order id", present(o.externalOrderId) ? o.externalOrderId : "not known"));
        refs.add(new Reference("ReCharge status", o.rechargeStatus + (o.rechargeType == null ? "" : " (" + o.rechargeType + ")")));
        refs.add(new Reference("ReCharge charge", o.chargeId == null ? "not known"
                : o.chargeId + (present(o.chargeStatus) ? " (" + o.chargeStatus + ")" : "")));
        return refs;
    }

    private static Moment moment(OrderEvent e, Instant now) {
        return new Moment(Times.ago(e.at, now), Times.exact(e.at), e.kind.label(), e.kind.name().toLowerCase().replace('_', '-'),
                e.actor, e.summary);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
