package io.rechargechannel.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Keyset pagination over a store's orders as they were at a snapshot sequence. Each order has exactly one
 * revision visible at a snapshot, so a walk over one snapshot sees every matching order exactly once, however
 * the store changes between pages. Call under the store data's read lock.
 */
final class OrderPager {

    /** Where the previous page ended: the sort value and id of its last (or, going back, first) order. */
    record Position(long lastValue, long lastId) {
    }

    record Page(List<StoredOrder> orders, List<OrderRevision> revisions, boolean more) {
    }

    private OrderPager() {
    }

    static Page page(StoreData data, OrderQuery query, long snapshot, Position after, boolean backwards, int limit) {
        boolean ascending = query.sortBy().ascending ^ backwards;
        List<StoredOrder> orders = new ArrayList<>(limit + 1);
        List<OrderRevision> revisions = new ArrayList<>(limit + 1);
        if (query.sortBy().byUpdatedAt) {
            for (OrderRevision revision : updatedAtView(data.byUpdatedAt(), query, after, ascending)) {
                if (ascending ? beyond(revision.updatedAt, query.updatedAtMax()) : below(revision.updatedAt, query.updatedAtMin())) {
                    break;
                }
                StoredOrder order = data.byId().get(revision.orderId);
                if (revision.visibleAt(snapshot) && order != null && collect(order, revision, query, orders, revisions, limit)) {
                    break;
                }
            }
        } else {
            for (StoredOrder order : idView(data.byId(), after, ascending)) {
                OrderRevision revision = order.at(snapshot);
                if (revision != null && collect(order, revision, query, orders, revisions, limit)) {
                    break;
                }
            }
        }
        boolean more = orders.size() > limit;
        if (more) {
            orders.remove(limit);
            revisions.remove(limit);
        }
        if (backwards) {
            Collections.reverse(orders);
            Collections.reverse(revisions);
        }
        return new Page(orders, revisions, more);
    }

    /** Adds a matching order; true once the page is full (one extra tells whether there is more). */
    private static boolean collect(StoredOrder order, OrderRevision revision, OrderQuery query,
                                   List<StoredOrder> orders, List<OrderRevision> revisions, int limit) {
        if (query.matches(order.body, revision)) {
            orders.add(order);
            revisions.add(revision);
        }
        return orders.size() > limit;
    }

    private static Iterable<StoredOrder> idView(NavigableMap<Long, StoredOrder> byId, Position after, boolean ascending) {
        NavigableMap<Long, StoredOrder> view = byId;
        if (after != null) {
            view = ascending ? byId.tailMap(after.lastId(), false) : byId.headMap(after.lastId(), false);
        }
        return ascending ? view.values() : view.descendingMap().values();
    }

    private static NavigableSet<OrderRevision> updatedAtView(TreeSet<OrderRevision> index, OrderQuery query,
                                                             Position after, boolean ascending) {
        if (after != null) {
            return ascending
                    ? index.tailSet(OrderRevision.probe(after.lastValue(), after.lastId(), Long.MAX_VALUE), false)
                    : index.headSet(OrderRevision.probe(after.lastValue(), after.lastId(), Long.MIN_VALUE), false).descendingSet();
        }
        if (ascending) {
            Long min = query.updatedAtMin();
            return min == null ? index : index.tailSet(OrderRevision.probe(min, Long.MIN_VALUE, Long.MIN_VALUE), true);
        }
        Long max = query.updatedAtMax();
        return max == null ? index.descendingSet()
                : index.headSet(OrderRevision.probe(max, Long.MAX_VALUE, Long.MAX_VALUE), true).descendingSet();
    }

    private static boolean beyond(long value, Long max) {
        return max != null && value > max;
    }

    private static boolean below(long value, Long min) {
        return min != null && value < min;
    }
}
