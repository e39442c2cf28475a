package io.rechargechannel.recharge;

/**
 * A well-formed JSON answer that is not the shape ReCharge documents (no {@code orders} list, say).
 * Retrying would not change it, so it is not transient.
 */
public class WireShapeException extends ReChargeException {

    public WireShapeException(String message) {
        super(message, 200, null, null, null);
    }
}
