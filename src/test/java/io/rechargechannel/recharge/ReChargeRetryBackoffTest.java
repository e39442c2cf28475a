package io.rechargechannel.recharge;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ReChargeRetryBackoffTest {

    private static final ReChargeUnavailableException SERVER_ERROR =
            new ReChargeUnavailableException("503", 503, null, null, null, null);

    @Test
    void waitsTheThrottleTimeAfterA429() {
        RetryBackoff backoff = backoff(Duration.ofSeconds(60));

        assertThat(backoff.nextDelayInMillis(throttled(null))).isEqualTo(2000);
        assertThat(backoff.nextDelayInMillis(throttled(Duration.ofSeconds(5)))).isEqualTo(5000);
        assertThat(backoff.nextDelayInMillis(throttled(Duration.ofMillis(300)))).isEqualTo(2000);
    }

    @Test
    void growsExponentiallyWithJitterUpToTheMaximum() {
        RetryBackoff backoff = backoff(Duration.ofSeconds(60));

        long[] delays = IntStream.range(0, 8).mapToLong(i -> backoff.nextDelayInMillis(SERVER_ERROR)).toArray();

        assertThat(delays[0]).isBetween(100L, 200L);
        assertThat(delays[1]).isBetween(200L, 400L);
        assertThat(delays[2]).isBetween(400L, 800L);
        assertThat(delays[7]).isBetween(5000L, 10_000L);
    }

    @Test
    void neverWaitsPastTheTimeBudget() {
        RetryBackoff backoff = backoff(Duration.ofMillis(500));

        assertThat(backoff.nextDelayInMillis(throttled(Duration.ofSeconds(30)))).isLessThanOrEqualTo(500);
    }

    private static RetryBackoff backoff(Duration maxDuration) {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(10), Duration.ofSeconds(2), maxDuration);
        backoff.init(200);
        return backoff;
    }

    private static ReChargeUnavailableException throttled(Duration retryAfter) {
        return new ReChargeUnavailableException("429", 429, null, null, retryAfter, null);
    }
}
