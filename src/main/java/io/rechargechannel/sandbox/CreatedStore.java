package io.rechargechannel.sandbox;

/** A new store: its id, a token with all scopes, and the path its ReCharge API is served under. */
public record CreatedStore(long id, String token, String baseUrl) {

    public static final String BASE_URL = "/sandbox/recharge";
}
