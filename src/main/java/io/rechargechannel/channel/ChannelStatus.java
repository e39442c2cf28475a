package io.rechargechannel.channel;

/** A channel's sync health, as last reported by the sync engine (or by a token change). */
public enum ChannelStatus {
    OK,
    NEVER_SYNCED,
    TOKEN_REJECTED,
    MISSING_PERMISSION,
    CONFIG_ERROR,
    CIRCUIT_OPEN,
    FAILING;

    /** Statuses that a new, validated token cures. */
    boolean isCuredByNewToken() {
        return this == TOKEN_REJECTED || this == MISSING_PERMISSION;
    }
}
