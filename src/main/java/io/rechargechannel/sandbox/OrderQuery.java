package io.rechargechannel.sandbox;

import java.util.List;

/**
 * The filters and sort of an order listing. It travels inside cursors, so a cursor alone says what is
 * being listed. Times are epoch seconds, bounds inclusive.
 */
record OrderQuery(SortBy sortBy, Long updatedAtMin, Long updatedAtMax, Long createdAtMin, Long createdAtMax,
                  String status, String type, List<Long> ids) {

    boolean matches(OrderBody body, OrderRevision revision) {
        return within(revision.updatedAt, updatedAtMin, updatedAtMax)
                && within(body.createdAt(), createdAtMin, createdAtMax)
                && (status == null || status.equalsIgnoreCase(revision.status))
                && (type == null || type.equals(body.recurring() ? "recurring" : "checkout"))
                && (ids == null || ids.contains(body.id()));
    }

    private static boolean within(long value, Long min, Long max) {
        return (min == null || value >= min) && (max == null || value <= max);
    }
}
