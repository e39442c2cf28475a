package io.rechargechannel.recharge;

/** Any other 422: ReCharge understood the request but rejected its data. */
public class UnprocessableRequestException extends ReChargeException {

    public UnprocessableRequestException(String message, int status, String errorMessage, String requestId) {
        super(message, status, errorMessage, requestId, null);
    }
}
