package io.rechargechannel.orders;

import java.util.Locale;
import java.util.Optional;

/**
 * What an import does to the warehouse's view of an order, given ReCharge's status. Pure: no
 * database, no clock, so every rule is unit-tested directly.
 */
public final class FulfilmentRules {

    /**
     * The warehouse's state of an order already stored; {@code held} when the warehouse put it on hold itself,
     * which no import undoes: only a person's release (or a cancellation in ReCharge) ends it.
     */
    public record Current(FulfilmentStatus status, boolean released, boolean held) {

        public Current(FulfilmentStatus status, boolean released) {
            this(status, released, false);
        }
    }

    /** The warehouse's state after the import; {@code attention} is non-null when a person must look. */
    public record Decision(FulfilmentStatus status, boolean released, String attention) {
    }

    private FulfilmentRules() {
    }

    public static Decision decide(Optional<Current> stored, String rechargeStatus, boolean autoSyncStock) {
        ReChargeStatus status = ReChargeStatus.of(rechargeStatus);
        Current current = stored.orElse(new Current(null, false));
        if (current.status() == FulfilmentStatus.DESPATCHED) {
            return afterDespatch(status, rechargeStatus);
        }
        if (status.cancels()) {
            return new Decision(FulfilmentStatus.CANCELLED, current.released(), null);
        }
        if (current.held() && current.status() != FulfilmentStatus.CANCELLED) {
            boolean released = current.released() || status.releases();
            return new Decision(FulfilmentStatus.ON_HOLD, released, null);
        }
        if (status.releases()) {
            return release(current, autoSyncStock);
        }
        if (current.status() == FulfilmentStatus.CANCELLED) {
            return new Decision(FulfilmentStatus.CANCELLED, current.released(), null);
        }
        if (current.released() && current.status() != FulfilmentStatus.CANCELLED) {
            return new Decision(current.status(), true, null);
        }
        FulfilmentStatus notReleased = status == ReChargeStatus.QUEUED ? FulfilmentStatus.SCHEDULED : FulfilmentStatus.ON_HOLD;
        return new Decision(notReleased, false, null);
    }

    /**
     * Where a released hold leaves the order: as an import would place it, given ReCharge's status and whether it
     * was released to the floor before (a release time, once set, stays).
     */
    public static Decision afterRelease(String rechargeStatus, boolean released, boolean autoSyncStock) {
        ReChargeStatus status = ReChargeStatus.of(rechargeStatus);
        if (status.cancels()) {
            return new Decision(FulfilmentStatus.CANCELLED, released, null);
        }
        if (released || status.releases()) {
            return new Decision(autoSyncStock ? FulfilmentStatus.ALLOCATED : FulfilmentStatus.NEW, true, null);
        }
        return new Decision(status == ReChargeStatus.QUEUED ? FulfilmentStatus.SCHEDULED : FulfilmentStatus.ON_HOLD,
                false, null);
    }

    private static Decision afterDespatch(ReChargeStatus status, String raw) {
        String attention = status.cancels()
                ? "ReCharge reports this order " + raw.toLowerCase(Locale.ROOT) + " after it was despatched"
                : null;
        return new Decision(FulfilmentStatus.DESPATCHED, true, attention);
    }

    private static Decision release(Current current, boolean autoSyncStock) {
        boolean stillWorking = current.released() && current.status() != null && current.status() != FulfilmentStatus.CANCELLED;
        if (stillWorking) {
            return new Decision(current.status(), true, null);
        }
        return new Decision(autoSyncStock ? FulfilmentStatus.ALLOCATED : FulfilmentStatus.NEW, true, null);
    }
}
