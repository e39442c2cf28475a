package io.rechargechannel.recharge;

import java.util.Optional;

/**
 * Anything ReCharge (or the way to it) refused. Carries the HTTP status (0 when there was no answer),
 * ReCharge's own error text and the {@code X-Request-Id} to quote to ReCharge support. Messages never
 * contain the token.
 */
public class ReChargeException extends RuntimeException {

    private final int status;
    private final String errorMessage;
    private final String requestId;
    private volatile CallStats stats;

    public ReChargeException(String message, int status, String errorMessage, String requestId, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
    }

    public int status() {
        return status;
    }

    /** ReCharge's error text from the body ({@code errors}, {@code error} or {@code warning}), or the raw body. */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** What the failed call cost (attempts, 429s, waiting), so that run figures count failed calls too. */
    public Optional<CallStats> stats() {
        return Optional.ofNullable(stats);
    }

    ReChargeException withStats(CallStats callStats) {
        this.stats = callStats;
        return this;
    }
}
