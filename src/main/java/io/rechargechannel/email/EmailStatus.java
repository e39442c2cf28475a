package io.rechargechannel.email;

/** Where an outbox row stands. */
public enum EmailStatus {
    /** Waiting for its due time, being sent, or waiting for its next attempt. */
    QUEUED("Queued"),
    SENT("Sent"),
    /** Every attempt failed; a person may retry it. */
    FAILED("Failed"),
    /** Closed without sending, with its reason (email turned off, order cancelled, customer opted out, ...). */
    NOT_SENT("Not sent");

    private final String label;

    EmailStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
