package io.rechargechannel.email;

import io.rechargechannel.orders.Order;
import io.rechargechannel.orders.OrderLine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an email says about one order and its despatch, whatever it came from (an outbox row and its order, or the
 * preview's sample). Customer-provided text stays as it came: the HTML templates escape it.
 */
public record EmailFacts(String orderNumber, String customerName, String recipient, List<Line> lines,
                         List<String> addressLines, String carrierName, String trackingNumber, String trackingUrl) {

    /** One order line as the customer reads it. */
    public record Line(String title, String variantTitle, String sku, int quantity) {
    }

    static EmailFacts of(Order order, OutboxEmail row) {
        List<Line> lines = order.lines.stream().map(EmailFacts::line).toList();
        return new EmailFacts(orderNumber(order), customerName(order), row.recipient, lines, address(order),
                row.carrierName, row.trackingNumber, row.trackingUrl);
    }

    /** The number the customer knows: the shop's order name (#1001), else its number, else ReCharge's id. */
    public static String orderNumber(Order order) {
        if (order.externalOrderName != null && !order.externalOrderName.isBlank()) {
            return order.externalOrderName;
        }
        if (order.externalOrderNumber != null && !order.externalOrderNumber.isBlank()) {
            return "#" + order.externalOrderNumber;
        }
        return "#" + order.rechargeOrderId;
    }

    private static String customerName(Order order) {
        return String.join(" ", Stream.of(order.firstName, order.lastName)
                .filter(part -> part != null && !part.isBlank()).toList());
    }

    private static Line line(OrderLine line) {
        return new Line(line.title == null ? line.sku : line.title, line.variantTitle, line.sku, line.quantity);
    }

    private static List<String> address(Order order) {
        List<String> lines = new ArrayList<>();
        add(lines, customerName(order));
        add(lines, order.shipCompany);
        add(lines, order.shipAddress1);
        add(lines, order.shipAddress2);
        add(lines, String.join(" ", Stream.of(order.shipCity, order.shipProvince, order.shipZip)
                .filter(part -> part != null && !part.isBlank()).toList()));
        add(lines, order.shipCountryCode);
        return lines;
    }

    private static void add(List<String> lines, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(value.strip());
        }
    }
}
