package io.rechargechannel.recharge;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LeakyBucketTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void aFullBucketGoesOutAtOnceThenTwoPerSecond() {
        LeakyBucket bucket = new LeakyBucket(40, 2, 0, clock);

        for (int call = 1; call <= 40; call++) {
            assertThat(bucket.reserve()).as("call %d", call).isZero();
        }
        assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(500));
        assertThat(bucket.reserve()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void headroomStopsShortOfFull() {
        LeakyBucket bucket = new LeakyBucket(40, 2, 2, clock);

        for (int call = 1; call <= 38; call++) {
            assertThat(bucket.reserve()).isZero();
        }
        assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void theBucketDrainsWithTime() {
        LeakyBucket bucket = new LeakyBucket(40, 2, 0, clock);
        for (int call = 0; call < 40; call++) {
            bucket.reserve();
        }

        clock.advance(Duration.ofSeconds(5));

        assertThat(bucket.level()).isCloseTo(30, within(1e-9));
        for (int call = 0; call < 10; call++) {
            assertThat(bucket.reserve()).isZero();
        }
        assertThat(bucket.reserve()).isPositive();
    }

    @Test
    void aTokenMultiplierScalesRateAndSize() {
        RateMultiplier multiplier = RateMultiplier.ofToken("sk_2x3_abcdef");
        LeakyBucket bucket = new LeakyBucket(40 * multiplier.bucket(), 2 * multiplier.leak(), 0, clock);

        for (int call = 1; call <= 120; call++) {
            assertThat(bucket.reserve()).isZero();
        }
        assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void theServersCountWinsWhenItIsFuller() {
        LeakyBucket bucket = new LeakyBucket(40, 2, 0, clock);
        bucket.reserve();

        bucket.observe(39, 40);

        assertThat(bucket.level()).isEqualTo(39);
        assertThat(bucket.reserve()).isZero();
        assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void ourCountWinsWhenTheServerHasSeenLess() {
        LeakyBucket bucket = new LeakyBucket(40, 2, 0, clock);
        for (int call = 0; call < 10; call++) {
            bucket.reserve();
        }

        bucket.observe(3, 40);

        assertThat(bucket.level()).isEqualTo(10);
    }

    @Test
    void theServersBucketSizeIsAdopted() {
        LeakyBucket bucket = new LeakyBucket(80, 2, 0, clock);

        bucket.observe(1, 40);

        assertThat(bucket.capacity()).isEqualTo(40);
    }

    @Test
    void afterA429NobodySendsBeforeThePause() {
        LeakyBucket bucket = new LeakyBucket(40, 2, 2, clock);
        bucket.reserve();

        bucket.throttled(Duration.ofSeconds(2));

        assertThat(bucket.reserve()).isEqualTo(Duration.ofSeconds(2));
        assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void aLongBackfillNeverOverflowsTheServerAndKeepsItsRate() {
        LeakyBucket ours = new LeakyBucket(40, 2, 1, clock);
        ServerBucket server = new ServerBucket(40, 2);
        Duration start = server.elapsed;

        int calls = 1000;
        for (int call = 0; call < calls; call++) {
            Duration wait = ours.reserve();
            clock.advance(wait);
            server.advance(wait);
            assertThat(server.arrive()).as("call %d accepted", call).isTrue();
            clock.advance(Duration.ofMillis(30));
            server.advance(Duration.ofMillis(30));
        }

        double seconds = server.elapsed.minus(start).toNanos() / 1e9;
        double ideal = (calls - 39) / 2.0;
        assertThat(seconds).isLessThan(ideal * 1.03);
    }

    @Test
    void aReservationThatWouldWaitTooLongCountsNothing() {
        LeakyBucket bucket = new LeakyBucket(40, 2, 0, clock);
        for (int call = 0; call < 40; call++) {
            bucket.reserve();
        }

        assertThat(bucket.reserve(Duration.ofMillis(499))).isEmpty();
        assertThat(bucket.level()).isEqualTo(40.0);
        assertThat(bucket.reserve(Duration.ofMillis(500))).contains(Duration.ofMillis(500));
    }

    /** ReCharge's side of the bargain: 429 when a call arrives at a full bucket. */
    private static final class ServerBucket {
        private final double capacity;
        private final double leakPerSecond;
        private double level;
        private Duration elapsed = Duration.ZERO;

        ServerBucket(double capacity, double leakPerSecond) {
            this.capacity = capacity;
            this.leakPerSecond = leakPerSecond;
        }

        void advance(Duration by) {
            elapsed = elapsed.plus(by);
            level = Math.max(0, level - by.toNanos() / 1e9 * leakPerSecond);
        }

        boolean arrive() {
            if (level + 1 > capacity + 1e-9) {
                return false;
            }
            level += 1;
            return true;
        }
    }
}
