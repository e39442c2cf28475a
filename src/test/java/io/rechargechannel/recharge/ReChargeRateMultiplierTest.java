package io.rechargechannel.recharge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReChargeRateMultiplierTest {

    @Test
    void readsLeakAndBucketFromThePrefix() {
        assertThat(RateMultiplier.ofToken("sk_2x1_abc")).isEqualTo(new RateMultiplier(2, 1));
        assertThat(RateMultiplier.ofToken("sk_10x4_abc")).isEqualTo(new RateMultiplier(10, 4));
    }

    @Test
    void tokensWithoutAPrefixAreOneByOne() {
        assertThat(RateMultiplier.ofToken("0123456789abcdef")).isEqualTo(RateMultiplier.NONE);
        assertThat(RateMultiplier.ofToken("sk_test_abc")).isEqualTo(RateMultiplier.NONE);
        assertThat(RateMultiplier.ofToken("sk_0x1_abc")).isEqualTo(RateMultiplier.NONE);
        assertThat(RateMultiplier.ofToken(null)).isEqualTo(RateMultiplier.NONE);
    }

    @Test
    void readsTheLimitHeader() {
        assertThat(BucketReading.parse("39/40")).contains(new BucketReading(39, 40));
        assertThat(BucketReading.parse(" 1 / 80 ")).contains(new BucketReading(1, 80));
        assertThat(BucketReading.parse("full")).isEmpty();
        assertThat(BucketReading.parse(null)).isEmpty();
    }
}
