package io.rechargechannel.despatch;

import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.despatch.DespatchReport.Despatched;
import io.rechargechannel.despatch.DespatchReport.Refusal;
import io.rechargechannel.despatch.DespatchReport.Rejected;
import io.rechargechannel.despatch.DespatchTable.LockedOrder;
import io.rechargechannel.orders.FulfilmentStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which rows of a despatch request may despatch their order, and why the others may not: the request's own
 * shape (order, carrier, tracking number), then the order as it is, its row locked: not despatched another way,
 * not cancelled, not on hold, released, and for an international order a complete commercial invoice.
 */
@ApplicationScoped
class DespatchRules {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private record Checked(DespatchRequest request, Carrier carrier, String trackingNumber) {
    }

    private final Carriers carriers;

    DespatchRules(Carriers carriers) {
        this.carriers = carriers;
    }

    DespatchPlan plan(DespatchTable table, List<DespatchRequest> requests) throws SQLException {
        List<Rejected> rejected = new ArrayList<>();
        List<Checked> checked = check(requests, rejected);
        Map<String, List<Long>> byNumber = table.idsByNumber(checked.stream()
                .filter(c -> c.request().orderId() == null).map(c -> c.request().orderNumber()).toList());
        Set<Long> ids = new LinkedHashSet<>();
        checked.stream().filter(c -> c.request().orderId() != null).forEach(c -> ids.add(c.request().orderId()));
        byNumber.values().forEach(ids::addAll);
        Map<Long, LockedOrder> locked = table.lock(ids);
        Map<Long, DespatchTable.Previous> previous = table.previous(locked.values().stream()
                .filter(o -> o.status() == FulfilmentStatus.DESPATCHED).map(LockedOrder::id).toList());
        Map<Long, SalesChannel> channels = new HashMap<>();
        locked.values().forEach(o -> channels.computeIfAbsent(o.channelId(), id -> SalesChannel.<SalesChannel>findById(id)));
        DespatchPlan plan = new DespatchPlan(channels);
        rejected.forEach(plan::reject);
        for (Checked c : checked) {
            LockedOrder order = resolve(c.request(), byNumber, locked, plan);
            if (order != null) {
                decide(c, order, previous.get(order.id()), plan);
            }
        }
        return plan;
    }

    private List<Checked> check(List<DespatchRequest> requests, List<Rejected> rejected) {
        List<Checked> checked = new ArrayList<>();
        for (DespatchRequest r : requests) {
            if (r.orderId() == null && (r.orderNumber() == null || r.orderNumber().isBlank())) {
                rejected.add(rejection(r, Refusal.INVALID, "orderNumber", "Name the order: its order number or its id"));
                continue;
            }
            Carrier carrier = carriers.find(r.carrier()).orElse(null);
            if (carrier == null) {
                rejected.add(rejection(r, Refusal.INVALID, "carrier", r.carrier() == null || r.carrier().isBlank()
                        ? "Choose the carrier"
                        : "is not a carrier this warehouse knows: use one of " + carriers.all().stream()
                        .map(Carrier::code).collect(Collectors.joining(", "))));
                continue;
            }
            String problem = TrackingNumbers.problem(r.trackingNumber()).orElse(null);
            if (problem != null) {
                rejected.add(rejection(r, Refusal.INVALID, "trackingNumber", problem));
                continue;
            }
            checked.add(new Checked(r, carrier, r.trackingNumber().strip()));
        }
        return checked;
    }

    /** The order a row names; a number several orders carry names the one not finished with, if only one is. */
    private static LockedOrder resolve(DespatchRequest r, Map<String, List<Long>> byNumber,
                                       Map<Long, LockedOrder> locked, DespatchPlan plan) {
        if (r.orderId() != null) {
            LockedOrder order = locked.get(r.orderId());
            if (order == null) {
                plan.reject(rejection(r, Refusal.NOT_FOUND, "orderId", "There is no order " + r.orderId()));
            }
            return order;
        }
        List<LockedOrder> candidates = byNumber.getOrDefault(r.orderNumber(), List.of()).stream()
                .map(locked::get).toList();
        if (candidates.size() > 1) {
            List<LockedOrder> open = candidates.stream().filter(o -> !o.status().isFinal()).toList();
            candidates = open.isEmpty() ? candidates : open;
        }
        if (candidates.isEmpty()) {
            plan.reject(rejection(r, Refusal.NOT_FOUND, "orderNumber", "There is no order " + r.orderNumber().strip()));
            return null;
        }
        if (candidates.size() > 1) {
            plan.reject(rejection(r, Refusal.INVALID, "orderNumber", "Order number " + r.orderNumber().strip()
                    + " is carried by " + candidates.size() + " orders of different channels: despatch it by its order id"));
            return null;
        }
        return candidates.get(0);
    }

    private static void decide(Checked c, LockedOrder order, DespatchTable.Previous previous, DespatchPlan plan) {
        DespatchRequest r = c.request();
        DespatchPlan.Accepted earlier = plan.acceptedOrder(order.id());
        if (earlier != null) {
            if (sameAs(c, earlier.despatch().carrier().code(), earlier.despatch().trackingNumber())) {
                plan.accept(new DespatchPlan.Accepted(r.row(), order.number(), earlier.despatch(), true));
            } else {
                plan.reject(conflict(r, order, "Order " + order.number()
                        + " is in this request twice with different tracking numbers: give it one"));
            }
            return;
        }
        String refusal = refusal(order, previous);
        if (order.status() == FulfilmentStatus.DESPATCHED && previous != null
                && sameAs(c, previous.carrierCode(), previous.trackingNumber())) {
            plan.repeat(new Despatched(r.row(), order.id(), order.number(), previous.id(), previous.carrierCode(),
                    previous.carrierName(), previous.trackingNumber(), previous.trackingUrl(), previous.despatchedAt(), true));
            return;
        }
        if (refusal != null) {
            plan.reject(conflict(r, order, refusal));
            return;
        }
        SalesChannel channel = plan.channel(order.channelId());
        String customs = customsGap(order, channel);
        if (customs != null) {
            plan.reject(new Rejected(r.row(), order.id(), order.number(), Refusal.INCOMPLETE, "commercialInvoice", customs));
            return;
        }
        String number = c.trackingNumber();
        plan.accept(new DespatchPlan.Accepted(r.row(), order.number(), new DespatchTable.NewDespatch(order.id(),
                order.channelId(), c.carrier(), number, c.carrier().trackingUrl(number)), false));
    }

    private static String refusal(LockedOrder order, DespatchTable.Previous previous) {
        return switch (order.status()) {
            case DESPATCHED -> previous == null
                    ? "Order " + order.number() + " is already despatched: another tracking number cannot be given to it"
                    : "Order " + order.number() + " was despatched on " + WHEN.format(previous.despatchedAt()) + " with "
                    + previous.carrierName() + ", tracking number " + previous.trackingNumber()
                    + ": another tracking number cannot be given to it";
            case CANCELLED -> "Order " + order.number() + " is cancelled: a cancelled order is not despatched";
            case ON_HOLD -> "Order " + order.number() + " is on hold: release it before despatching it";
            case SCHEDULED -> "Order " + order.number()
                    + " is scheduled for later: ReCharge has not released it to the warehouse yet";
            case NEW, ALLOCATED -> null;
        };
    }

    /** For an order leaving the warehouse's country, what its channel's commercial invoice still lacks. */
    private static String customsGap(LockedOrder order, SalesChannel channel) {
        String from = channel.warehouse().countryCode();
        String to = order.shipCountryCode();
        if (to == null || to.isBlank() || to.equalsIgnoreCase(from)) {
            return null;
        }
        List<String> missing = channel.commercialInvoice().missingForCustoms();
        if (missing.isEmpty()) {
            return null;
        }
        return "Order " + order.number() + " goes to " + to.toUpperCase() + ", outside the warehouse's country (" + from
                + "), and the commercial invoice of channel " + channel.name() + " lacks: " + String.join(", ", missing)
                + ". Fill them in on the channel's Commercial Invoice tab, then despatch it.";
    }

    private static boolean sameAs(Checked c, String carrierCode, String trackingNumber) {
        return c.carrier().code().equals(carrierCode) && TrackingNumbers.same(c.trackingNumber(), trackingNumber);
    }

    private static Rejected conflict(DespatchRequest r, LockedOrder order, String reason) {
        return new Rejected(r.row(), order.id(), order.number(), Refusal.CONFLICT, null, reason);
    }

    private static Rejected rejection(DespatchRequest r, Refusal refusal, String field, String reason) {
        return new Rejected(r.row(), r.orderId(), r.orderNumber(), refusal, field, reason);
    }
}
