package io.rechargechannel.sandbox;

/**
 * Ways a store can be told to send one order broken on the wire, as a buggy upstream might: the rest of the
 * page stays as it is. Set with {@link SandboxStore#corruptOrder}; the store's truth is not changed.
 */
public enum Corruption {
    /** The order's {@code id} is left out. */
    NO_ID,
    /** The first line's {@code quantity} is -1. */
    NEGATIVE_QUANTITY,
    /** {@code created_at} is not a date. */
    BAD_DATE
}
