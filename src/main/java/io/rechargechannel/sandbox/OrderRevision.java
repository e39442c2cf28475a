package io.rechargechannel.sandbox;

import java.util.Comparator;

/**
 * One version of an order's changeable fields, valid from store sequence {@code seq} until the next revision
 * ({@code supersededAt}). Revisions are also the entries of the updated_at index: a listing that runs at
 * snapshot S only sees revisions with {@code seq <= S < supersededAt}, which is what keeps cursor paging
 * consistent while the store changes underneath.
 */
final class OrderRevision {

    static final Comparator<OrderRevision> BY_UPDATED_AT = Comparator
            .comparingLong((OrderRevision r) -> r.updatedAt)
            .thenComparingLong(r -> r.orderId)
            .thenComparingLong(r -> r.seq);

    final long orderId;
    final long seq;
    final long updatedAt;
    final String status;
    final Address shippingAddress;
    final String note;
    final Long processedAt;
    volatile long supersededAt = Long.MAX_VALUE;
    volatile long supersededAtMillis = Long.MAX_VALUE;

    OrderRevision(long orderId, long seq, long updatedAt, String status, Address shippingAddress, String note,
                  Long processedAt) {
        this.orderId = orderId;
        this.seq = seq;
        this.updatedAt = updatedAt;
        this.status = status;
        this.shippingAddress = shippingAddress;
        this.note = note;
        this.processedAt = processedAt;
    }

    /** A search key for the updated_at index; never stored. */
    static OrderRevision probe(long updatedAt, long orderId, long seq) {
        return new OrderRevision(orderId, seq, updatedAt, null, null, null, null);
    }

    boolean visibleAt(long snapshot) {
        return seq <= snapshot && snapshot < supersededAt;
    }
}
