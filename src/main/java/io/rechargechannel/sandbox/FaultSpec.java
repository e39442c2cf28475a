package io.rechargechannel.sandbox;

import java.time.Duration;

import static io.rechargechannel.sandbox.SandboxInputException.check;

/**
 * A fault to inject: on the next {@code count} answers, or on a {@code share} (0..1) of answers until cleared.
 * Exactly one of count and share is set.
 */
public record FaultSpec(FaultType type, Integer count, Double share, Duration delay) {

    public FaultSpec {
        check(type != null, "type is required: one of 429, 500, 502, 503, 504, slow, truncated, malformed");
        check((count == null) != (share == null), "give either count or share");
        check(count == null || count >= 1 && count <= 100_000, "count must be between 1 and 100000");
        check(share == null || share > 0 && share <= 1, "share must be > 0 and <= 1");
        check(delay == null || !delay.isNegative() && delay.toMillis() <= 120_000, "delayMs must be 0..120000");
        delay = delay == null ? Duration.ofSeconds(2) : delay;
    }

    public static FaultSpec next(FaultType type, int count) {
        return new FaultSpec(type, count, null, null);
    }

    public static FaultSpec share(FaultType type, double share) {
        return new FaultSpec(type, null, share, null);
    }
}
