package io.rechargechannel.recharge;

/** 426: ReCharge does not accept the X-Recharge-Version we sent. */
public class UnsupportedApiVersionException extends ReChargeException {

    public UnsupportedApiVersionException(String message, int status, String errorMessage, String requestId) {
        super(message, status, errorMessage, requestId, null);
    }
}
