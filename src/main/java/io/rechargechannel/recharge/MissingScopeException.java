package io.rechargechannel.recharge;

import java.util.Optional;

/** 403: the token is valid but lacks the permission scope the endpoint needs. */
public class MissingScopeException extends ReChargeException {

    private final String scope;

    public MissingScopeException(String message, String scope, String errorMessage, String requestId) {
        super(message, 403, errorMessage, requestId, null);
        this.scope = scope;
    }

    /** The scope the refused endpoint needs ({@code read_orders}, {@code read_products}, {@code store_info}). */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }
}
