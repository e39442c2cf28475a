package io.rechargechannel.sync;

/** What a run reads from ReCharge. */
public enum SyncStream {
    ORDERS, PRODUCTS
}
