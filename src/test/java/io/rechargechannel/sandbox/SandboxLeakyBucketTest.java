package io.rechargechannel.sandbox;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The leaky bucket and token multipliers, with a fake clock: no sleeping, no Quarkus. */
class SandboxLeakyBucketTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private void advanceMillis(long millis) {
        nanos.addAndGet(millis * 1_000_000L);
    }

    @Test
    void fortyCallsFitTheFortyFirstOverflowsWithoutFillingTheBucket() {
        LeakyBucket bucket = new LeakyBucket(40, 2.0, nanos::get);
        for (int i = 0; i < 40; i++) {
            assertThat(bucket.tryAdd()).as("call %d", i + 1).isTrue();
        }
        assertThat(bucket.tryAdd()).isFalse();
        assertThat(bucket.tryAdd()).isFalse();
        assertThat(bucket.used()).isEqualTo(40);
    }

    @Test
    void drainsTwoCallsPerSecond() {
        LeakyBucket bucket = new LeakyBucket(40, 2.0, nanos::get);
        for (int i = 0; i < 40; i++) {
            bucket.tryAdd();
        }
        advanceMillis(499);
        assertThat(bucket.tryAdd()).isFalse();
        advanceMillis(1);
        assertThat(bucket.tryAdd()).isTrue();
        assertThat(bucket.tryAdd()).isFalse();
        advanceMillis(1000);
        assertThat(bucket.tryAdd()).isTrue();
        assertThat(bucket.tryAdd()).isTrue();
        assertThat(bucket.tryAdd()).isFalse();
        advanceMillis(60_000);
        assertThat(bucket.used()).isZero();
    }

    @Test
    void averagingTwoCallsPerSecondNeverOverflows() {
        LeakyBucket bucket = new LeakyBucket(40, 2.0, nanos::get);
        for (int i = 0; i < 1000; i++) {
            assertThat(bucket.tryAdd()).isTrue();
            advanceMillis(500);
        }
    }

    @Test
    void tokenPrefixMultipliesLeakRateAndBucketSize() {
        StoreSpec.RateLimit base = StoreSpec.RateLimit.RECHARGE;
        assertThat(token("sk_2x1_abc").limitsFrom(base)).isEqualTo(new StoreSpec.RateLimit(true, 40, 4.0));
        assertThat(token("sk_1x2_abc").limitsFrom(base)).isEqualTo(new StoreSpec.RateLimit(true, 80, 2.0));
        assertThat(token("0123abcd").limitsFrom(base)).isEqualTo(base);
        assertThat(Token.validPrefix("sk_3x2_")).isTrue();
        assertThat(Token.validPrefix("sk_fast_")).isFalse();
    }

    private static Token token(String value) {
        return new Token(value, "t", List.of());
    }
}
