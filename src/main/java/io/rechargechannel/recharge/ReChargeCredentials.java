package io.rechargechannel.recharge;

import java.net.URI;
import java.util.Objects;

/** Where a store's API lives and the token that opens it. Never prints the token. */
public record ReChargeCredentials(URI baseUrl, String accessToken) {

    public ReChargeCredentials {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accessToken, "accessToken");
    }

    /** The token as safe to show: its last four characters only. */
    public String maskedToken() {
        return TokenMask.mask(accessToken);
    }

    @Override
    public String toString() {
        return "ReChargeCredentials[baseUrl=" + baseUrl + ", accessToken=" + maskedToken() + "]";
    }
}
