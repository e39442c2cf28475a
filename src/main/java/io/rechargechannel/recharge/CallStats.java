package io.rechargechannel.recharge;

import java.time.Duration;

/**
 * What one logical call cost: {@code attempts} includes retries, {@code throttled} counts 429 answers,
 * {@code waited} is the time spent waiting for the rate limiter and between retries.
 */
public record CallStats(int attempts, int throttled, Duration waited) {
}
