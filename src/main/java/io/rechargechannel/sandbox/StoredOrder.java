package io.rechargechannel.sandbox;

import java.util.ArrayList;
import java.util.List;

/** An order: its fixed body plus its recent revisions, newest last. Guarded by the store data's lock. */
final class StoredOrder {

    final OrderBody body;
    private final List<OrderRevision> revisions = new ArrayList<>(1);

    StoredOrder(OrderBody body, OrderRevision first) {
        this.body = body;
        revisions.add(first);
    }

    long id() {
        return body.id();
    }

    OrderRevision current() {
        return revisions.get(revisions.size() - 1);
    }

    /** The revision a listing at {@code snapshot} sees, or null if the order did not exist then. */
    OrderRevision at(long snapshot) {
        for (int i = revisions.size() - 1; i >= 0; i--) {
            OrderRevision revision = revisions.get(i);
            if (revision.seq <= snapshot) {
                return revision.visibleAt(snapshot) ? revision : null;
            }
        }
        return null;
    }

    void supersede(OrderRevision next, long nowMillis) {
        OrderRevision previous = current();
        previous.supersededAt = next.seq;
        previous.supersededAtMillis = nowMillis;
        revisions.add(next);
    }

    /** Drops revisions superseded before {@code cutoffMillis}; returns them so the index can drop them too. */
    List<OrderRevision> pruneBefore(long cutoffMillis) {
        List<OrderRevision> dropped = new ArrayList<>();
        while (revisions.size() > 1 && revisions.get(0).supersededAtMillis < cutoffMillis) {
            dropped.add(revisions.remove(0));
        }
        return dropped;
    }
}
