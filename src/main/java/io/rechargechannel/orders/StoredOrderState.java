package io.rechargechannel.orders;

import java.time.Instant;

/** What the importer needs to know of an order already stored, read under a row lock. */
record StoredOrderState(long id, long rechargeOrderId, Instant updatedAt, String contentHash,
                        FulfilmentStatus status, boolean released) {

    /** Newer data always wins; data of the same instant wins only if it differs (second-precision timestamps). */
    boolean isOlderThan(IncomingOrder incoming) {
        int byTime = updatedAt.compareTo(incoming.updatedAt());
        return byTime < 0 || (byTime == 0 && !contentHash.equals(incoming.contentHash()));
    }

    FulfilmentRules.Current current() {
        return new FulfilmentRules.Current(status, released);
    }
}
