package io.rechargechannel.recharge;

/** 422 naming the cursor: the cursor is stale or was sent with filters; restart from a checkpoint. */
public class InvalidCursorException extends ReChargeException {

    public InvalidCursorException(String message, int status, String errorMessage, String requestId) {
        super(message, status, errorMessage, requestId, null);
    }
}
