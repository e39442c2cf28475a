package io.rechargechannel.orders;

import java.util.Locale;

/**
 * ReCharge's order status, read case-insensitively (2021-01 sends {@code SUCCESS}, 2021-11
 * {@code success}). Anything unknown is kept as {@link #OTHER} and never released.
 */
public enum ReChargeStatus {
    SUCCESS, PARTIALLY_REFUNDED, QUEUED, CANCELLED, REFUNDED, ERROR, SKIPPED, OTHER;

    public static ReChargeStatus of(String raw) {
        if (raw == null || raw.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return OTHER;
        }
    }

    /** The customer was charged and the goods are owed: the warehouse may ship. */
    boolean releases() {
        return this == SUCCESS || this == PARTIALLY_REFUNDED;
    }

    boolean cancels() {
        return this == CANCELLED || this == REFUNDED;
    }
}
