package io.rechargechannel.despatch;

import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.Order;
import io.rechargechannel.orders.OrderLine;

/** How despatch papers name orders, customers, lines and statuses: in the warehouse's words. */
public final class Orders {

    private Orders() {
    }

    static String number(Order order) {
        if (order.externalOrderName != null) {
            return order.externalOrderName;
        }
        return order.externalOrderNumber != null ? order.externalOrderNumber : "ReCharge " + order.rechargeOrderId;
    }

    static String customer(Order order) {
        String name = ((order.firstName == null ? "" : order.firstName) + " "
                + (order.lastName == null ? "" : order.lastName)).strip();
        return name.isEmpty() ? (order.customerEmail == null ? "" : order.customerEmail) : name;
    }

    static String title(OrderLine line) {
        String title = line.title == null ? "" : line.title;
        return line.variantTitle == null || line.variantTitle.isBlank() ? title : title + " – " + line.variantTitle;
    }

    /** A fulfilment status as the floor says it: "On hold", never ON_HOLD. */
    public static String status(FulfilmentStatus status) {
        return switch (status) {
            case SCHEDULED -> "Scheduled";
            case NEW -> "New";
            case ALLOCATED -> "Allocated";
            case ON_HOLD -> "On hold";
            case DESPATCHED -> "Despatched";
            case CANCELLED -> "Cancelled";
        };
    }
}
