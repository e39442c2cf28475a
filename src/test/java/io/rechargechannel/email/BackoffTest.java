package io.rechargechannel.email;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The retry schedule: 1 min, doubling, capped; the defaults spread 9 attempts over about four hours. */
class BackoffTest {

    private static final Duration INITIAL = Duration.ofMinutes(1);
    private static final Duration MAX = Duration.ofHours(2);

    @Test
    void doublesFromTheInitialDelayUpToTheMaximum() {
        assertThat(EmailSender.backoff(1, INITIAL, MAX)).isEqualTo(Duration.ofMinutes(1));
        assertThat(EmailSender.backoff(2, INITIAL, MAX)).isEqualTo(Duration.ofMinutes(2));
        assertThat(EmailSender.backoff(7, INITIAL, MAX)).isEqualTo(Duration.ofMinutes(64));
        assertThat(EmailSender.backoff(8, INITIAL, MAX)).isEqualTo(MAX);
        assertThat(EmailSender.backoff(60, INITIAL, MAX)).isEqualTo(MAX);
    }

    @Test
    void theDefaultsRetryOverHours() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < 9; attempt++) {
            total = total.plus(EmailSender.backoff(attempt, INITIAL, MAX));
        }
        assertThat(total).isEqualTo(Duration.ofMinutes(247));
    }
}
