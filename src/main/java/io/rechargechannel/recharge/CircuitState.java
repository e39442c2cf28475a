package io.rechargechannel.recharge;

/** A token's circuit: CLOSED calls go through, OPEN fails fast, HALF_OPEN lets trial calls decide. */
public enum CircuitState {
    CLOSED, OPEN, HALF_OPEN
}
