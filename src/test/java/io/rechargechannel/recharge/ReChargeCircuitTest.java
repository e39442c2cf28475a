package io.rechargechannel.recharge;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ReChargeCircuitTest {

    private final MutableClock clock = new MutableClock();
    private final TokenCircuit circuit = new TokenCircuit(3, Duration.ofSeconds(60), clock);

    @Test
    void opensAfterTheThresholdOfConsecutiveFailures() {
        circuit.recordFailure();
        circuit.recordFailure();
        assertThat(circuit.state()).isEqualTo(CircuitState.CLOSED);

        circuit.recordFailure();

        assertThat(circuit.state()).isEqualTo(CircuitState.OPEN);
        assertThat(circuit.remaining()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        circuit.recordFailure();
        circuit.recordFailure();
        circuit.recordSuccess();
        circuit.recordFailure();

        assertThat(circuit.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void afterTheCoolDownATrialSuccessClosesIt() {
        open();
        clock.advance(Duration.ofSeconds(60));
        assertThat(circuit.state()).isEqualTo(CircuitState.HALF_OPEN);
        assertThat(circuit.remaining()).isZero();

        circuit.recordSuccess();

        assertThat(circuit.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void aFailedTrialOpensItAgain() {
        open();
        clock.advance(Duration.ofSeconds(61));

        circuit.recordFailure();

        assertThat(circuit.state()).isEqualTo(CircuitState.OPEN);
        assertThat(circuit.remaining()).isEqualTo(Duration.ofSeconds(60));
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            circuit.recordFailure();
        }
    }
}
