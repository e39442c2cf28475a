package io.rechargechannel.orders;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static io.rechargechannel.orders.FulfilmentStatus.ALLOCATED;
import static io.rechargechannel.orders.FulfilmentStatus.CANCELLED;
import static io.rechargechannel.orders.FulfilmentStatus.DESPATCHED;
import static io.rechargechannel.orders.FulfilmentStatus.NEW;
import static io.rechargechannel.orders.FulfilmentStatus.ON_HOLD;
import static io.rechargechannel.orders.FulfilmentStatus.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;

class FulfilmentRulesTest {

    private static FulfilmentRules.Decision fresh(String status, boolean autoSyncStock) {
        return FulfilmentRules.decide(Optional.empty(), status, autoSyncStock);
    }

    private static FulfilmentRules.Decision stored(FulfilmentStatus current, boolean released, String status) {
        return FulfilmentRules.decide(Optional.of(new FulfilmentRules.Current(current, released)), status, true);
    }

    @ParameterizedTest
    @CsvSource({
        "success, true, ALLOCATED, true",
        "success, false, NEW, true",
        "SUCCESS, true, ALLOCATED, true",
        "partially_refunded, false, NEW, true",
        "queued, true, SCHEDULED, false",
        "QUEUED, false, SCHEDULED, false",
        "cancelled, true, CANCELLED, false",
        "refunded, true, CANCELLED, false",
        "error, true, ON_HOLD, false",
        "skipped, true, ON_HOLD, false",
        "something_new, true, ON_HOLD, false",
    })
    void aNewOrderIsReleasedOnlyWhenReChargeCharged(String status, boolean autoSyncStock,
                                                     FulfilmentStatus expected, boolean released) {
        FulfilmentRules.Decision decision = fresh(status, autoSyncStock);
        assertThat(decision.status()).isEqualTo(expected);
        assertThat(decision.released()).isEqualTo(released);
        assertThat(decision.attention()).isNull();
    }

    @Test
    void nullStatusIsStoredNotReleased() {
        assertThat(fresh(null, true).status()).isEqualTo(ON_HOLD);
    }

    @Test
    void aScheduledOrderIsReleasedWhenItsChargeSucceeds() {
        assertThat(stored(SCHEDULED, false, "success").status()).isEqualTo(ALLOCATED);
    }

    @Test
    void anOrderOnHoldForItsStatusIsReleasedOnSuccessButAWarehouseHoldStays() {
        assertThat(stored(ON_HOLD, false, "success").status()).isEqualTo(ALLOCATED);
        assertThat(stored(ON_HOLD, true, "success").status()).isEqualTo(ON_HOLD);
    }

    @Test
    void reReadingAReleasedOrderKeepsTheWarehouseState() {
        assertThat(stored(NEW, true, "success").status()).isEqualTo(NEW);
        assertThat(stored(ALLOCATED, true, "success").status()).isEqualTo(ALLOCATED);
        assertThat(stored(ALLOCATED, true, "queued").status()).isEqualTo(ALLOCATED);
    }

    @Test
    void cancellingBeforeDespatchCancels() {
        assertThat(stored(ALLOCATED, true, "cancelled").status()).isEqualTo(CANCELLED);
        assertThat(stored(SCHEDULED, false, "refunded").status()).isEqualTo(CANCELLED);
        assertThat(stored(ON_HOLD, true, "cancelled").status()).isEqualTo(CANCELLED);
    }

    @Test
    void cancellingAfterDespatchKeepsItDespatchedAndAsksForAttention() {
        FulfilmentRules.Decision decision = stored(DESPATCHED, true, "REFUNDED");
        assertThat(decision.status()).isEqualTo(DESPATCHED);
        assertThat(decision.attention()).contains("refunded").contains("after it was despatched");
        assertThat(stored(DESPATCHED, true, "success").attention()).isNull();
    }

    @Test
    void aCancelledOrderChargedAgainIsReleasedAgain() {
        assertThat(stored(CANCELLED, true, "success").status()).isEqualTo(ALLOCATED);
        assertThat(stored(CANCELLED, true, "error").status()).isEqualTo(CANCELLED);
    }

    @ParameterizedTest(name = "held {0} (released {1}), ReCharge says {2}: {3}")
    @CsvSource({
        "ALLOCATED, true, success, ON_HOLD, true",
        "ON_HOLD, false, success, ON_HOLD, true",
        "ON_HOLD, false, queued, ON_HOLD, false",
        "ON_HOLD, true, cancelled, CANCELLED, true",
    })
    void aWarehouseHoldOutlivesEveryImportButACancellation(FulfilmentStatus current, boolean released, String status,
                                                          FulfilmentStatus expected, boolean releasedAfter) {
        FulfilmentRules.Decision decision = FulfilmentRules.decide(
                Optional.of(new FulfilmentRules.Current(current, released, true)), status, true);

        assertThat(decision.status()).isEqualTo(expected);
        assertThat(decision.released()).isEqualTo(releasedAfter);
    }

    @ParameterizedTest(name = "released from hold, ReCharge {0}, released before {1}, stock {2}: {3}")
    @CsvSource({
        "success, false, true, ALLOCATED",
        "success, true, false, NEW",
        "queued, false, true, SCHEDULED",
        "queued, true, true, ALLOCATED",
        "error, false, true, ON_HOLD",
        "refunded, true, true, CANCELLED",
    })
    void aReleasePlacesTheOrderAsAnImportWould(String status, boolean releasedBefore, boolean autoSyncStock,
                                               FulfilmentStatus expected) {
        assertThat(FulfilmentRules.afterRelease(status, releasedBefore, autoSyncStock).status()).isEqualTo(expected);
    }
}
