package io.rechargechannel.recharge;

/** 401: the token is unknown, revoked or deleted. */
public class TokenRejectedException extends ReChargeException {

    public TokenRejectedException(String message, int status, String errorMessage, String requestId) {
        super(message, status, errorMessage, requestId, null);
    }
}
