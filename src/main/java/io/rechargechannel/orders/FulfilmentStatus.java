package io.rechargechannel.orders;

/** Where an order stands in the warehouse. ReCharge never sets this; only rules and people do. */
public enum FulfilmentStatus {
    /** A future prepaid shipment (ReCharge {@code queued}): known, not yet released to the floor. */
    SCHEDULED,
    /** Released, waiting to be picked; stock is not tracked for its channel. */
    NEW,
    /** Released, and its lines hold stock in the channel's warehouse. */
    ALLOCATED,
    /** Not to be picked: held by the warehouse, or a ReCharge status that does not release it. */
    ON_HOLD,
    DESPATCHED,
    CANCELLED;

    public boolean isFinal() {
        return this == DESPATCHED || this == CANCELLED;
    }
}
