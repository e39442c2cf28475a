package io.rechargechannel.despatch;

import java.util.List;

/**
 * The orders one despatch request sent out (one for a single despatch, up to the whole file or selection for a bulk
 * one), fired once, synchronously, inside the despatch's own transaction, so that an observer writes its rows for
 * all of them in a few statements and they commit or roll back with the despatch. Repeats of a despatch already made
 * are not in it. Observers must not call out (no HTTP, no SMTP): they only write rows.
 */
public record OrdersDespatched(List<OrderDespatched> despatches) {

    public OrdersDespatched {
        despatches = List.copyOf(despatches);
    }
}
