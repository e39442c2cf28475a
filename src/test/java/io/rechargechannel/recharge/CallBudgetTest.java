package io.rechargechannel.recharge;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CallBudgetTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void growsExponentiallyWithJitterUpToTheMaximum() {
        CallBudget budget = budget(100, Duration.ofSeconds(600));

        long[] delays = IntStream.range(0, 8)
                .mapToLong(i -> budget.afterTransientFailure().orElseThrow().toMillis()).toArray();

        assertThat(delays[0]).isBetween(100L, 200L);
        assertThat(delays[1]).isBetween(200L, 400L);
        assertThat(delays[2]).isBetween(400L, 800L);
        assertThat(delays[7]).isBetween(5000L, 10_000L);
    }

    @Test
    void givesUpWhenTheAttemptsAreUsedUp() {
        CallBudget budget = budget(3, Duration.ofSeconds(60));

        assertThat(budget.afterTransientFailure()).isPresent();
        assertThat(budget.afterThrottle()).as("a 429 uses no attempt").contains(Duration.ZERO);
        assertThat(budget.afterTransientFailure()).isPresent();
        assertThat(budget.afterTransientFailure()).as("third failure of 3 attempts").isEmpty();
    }

    @Test
    void neverWaitsPastTheTimeBudget() {
        CallBudget budget = budget(100, Duration.ofMillis(500));
        nanos.addAndGet(Duration.ofMillis(450).toNanos());

        assertThat(budget.left()).isEqualTo(Duration.ofMillis(50));
        assertThat(budget.afterTransientFailure()).as("a 100-200 ms backoff would end past the budget").isEmpty();
    }

    @Test
    void aSpentBudgetEndsA429StormToo() {
        CallBudget budget = budget(100, Duration.ofSeconds(5));
        assertThat(budget.afterThrottle()).isPresent();

        nanos.addAndGet(Duration.ofSeconds(5).toNanos());

        assertThat(budget.left()).isZero();
        assertThat(budget.afterThrottle()).isEmpty();
    }

    private CallBudget budget(int maxAttempts, Duration maxDuration) {
        return new CallBudget(maxAttempts, Duration.ofMillis(200), Duration.ofSeconds(10), maxDuration, nanos::get);
    }
}
