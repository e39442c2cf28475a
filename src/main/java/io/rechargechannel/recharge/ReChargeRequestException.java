package io.rechargechannel.recharge;

/** Any other 4xx: a request ReCharge will never accept as sent, so it is not retried. */
public class ReChargeRequestException extends ReChargeException {

    public ReChargeRequestException(String message, int status, String errorMessage, String requestId) {
        super(message, status, errorMessage, requestId, null);
    }
}
