package io.rechargechannel.orders;

/** Where an order stands in the warehouse. ReCharge never sets this; only rules and people do. */
public enum FulfilmentStatus {
    /** A future prepaid shipment (ReCharge {@code queued}): known, not yet released to the floor. */
    SCHEDULED("Scheduled"),
    /** Released, waiting to be picked; stock is not tracked for its channel. */
    NEW("New"),
    /** Released, and its lines hold stock in the channel's warehouse. */
    ALLOCATED("Allocated"),
    /** Not to be picked: held by the warehouse, or a ReCharge status that does not release it. */
    ON_HOLD("On hold"),
    DESPATCHED("Despatched"),
    CANCELLED("Cancelled");

    private final String label;

    FulfilmentStatus(String label) {
        this.label = label;
    }

    /** The status in the warehouse's words, as the board and the timeline say it. */
    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == DESPATCHED || this == CANCELLED;
    }
}
