package io.rechargechannel.despatch;

import java.time.Instant;
import java.util.List;

/** What a despatch request did: every row either despatched (or already was, the same way) or rejected with why. */
public record DespatchReport(List<Despatched> despatched, List<Rejected> rejected) {

    /** An order on its way; {@code repeat} when it already was, with the same carrier and tracking number. */
    public record Despatched(int row, long orderId, String orderNumber, long despatchId, String carrier,
                             String carrierName, String trackingNumber, String trackingUrl, Instant despatchedAt,
                             boolean repeat) {
    }

    /** Why a row was not despatched: {@code field} names what to fix when it is one field of the request. */
    public record Rejected(int row, Long orderId, String orderNumber, Refusal refusal, String field, String reason) {
    }

    /** Kinds of refusal, each with the HTTP status a single despatch answers. */
    public enum Refusal {
        INVALID(400), NOT_FOUND(404), CONFLICT(409), INCOMPLETE(422);

        private final int status;

        Refusal(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public DespatchReport {
        despatched = List.copyOf(despatched);
        rejected = List.copyOf(rejected);
    }
}
