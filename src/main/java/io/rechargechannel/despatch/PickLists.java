package io.rechargechannel.despatch;

import io.rechargechannel.orders.Order;
import io.rechargechannel.orders.OrderLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pick lists: the lines of the chosen orders added up per SKU, in SKU order (the order shelves are walked). */
@ApplicationScoped
public class PickLists {

    private static final String NO_SKU = "\uFFFF";

    @Transactional
    public PickList of(Collection<Long> orderIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(orderIds));
        List<Order> orders = ids.isEmpty() ? List.of() : Order.list("id in ?1 order by id", ids);
        Map<String, List<PickList.Pick>> picks = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        List<PickList.OrderRef> refs = new ArrayList<>();
        for (Order order : orders) {
            String number = order.displayNumber();
            refs.add(new PickList.OrderRef(order.id, number, order.customerName(), order.fulfilmentStatus.label()));
            for (OrderLine line : order.lines) {
                String key = line.sku != null ? line.sku : NO_SKU + line.title;
                titles.putIfAbsent(key, line.titleWithVariant());
                addPick(picks.computeIfAbsent(key, k -> new ArrayList<>()), new PickList.Pick(order.id, number, line.quantity));
            }
        }
        List<PickList.Item> items = new ArrayList<>();
        picks.forEach((key, list) -> items.add(new PickList.Item(key.startsWith(NO_SKU) ? null : key, titles.get(key),
                list.stream().mapToInt(PickList.Pick::quantity).sum(), List.copyOf(list))));
        List<Long> found = orders.stream().map(o -> o.id).toList();
        List<Long> missing = ids.stream().filter(id -> !found.contains(id)).toList();
        return new PickList(items, refs, missing);
    }

    /** An order with several lines of one SKU is one pick of their sum. */
    private static void addPick(List<PickList.Pick> picks, PickList.Pick pick) {
        int last = picks.size() - 1;
        if (last >= 0 && picks.get(last).orderId() == pick.orderId()) {
            PickList.Pick before = picks.get(last);
            picks.set(last, new PickList.Pick(before.orderId(), before.orderNumber(), before.quantity() + pick.quantity()));
        } else {
            picks.add(pick);
        }
    }
}
