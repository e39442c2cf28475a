package io.rechargechannel.channel;

import io.quarkus.logging.Log;
import io.rechargechannel.recharge.MissingScopeException;
import io.rechargechannel.recharge.ReChargeClient;
import io.rechargechannel.recharge.ReChargeCredentials;
import io.rechargechannel.recharge.ReChargeException;
import io.rechargechannel.recharge.TokenInformation;
import io.rechargechannel.recharge.TokenRejectedException;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Asks ReCharge about a token through the shared {@link ReChargeClient}, so the check is paced by the
 * same per-token leaky bucket as the sync and is retried the same way. Redirects are not followed.
 * {@code GET /token_information} says what the token may do; {@code GET /store}, asked only when the token
 * holds {@code store_info}, names the store so that an admin sees which one the token belongs to.
 */
@ApplicationScoped
class ReChargeTokenInspector implements TokenInspector {

    static final String STORE_INFO = "store_info";

    private final ReChargeClient client;

    ReChargeTokenInspector(ReChargeClient client) {
        this.client = client;
    }

    @Override
    public TokenInspection inspect(URI baseUrl, String token) {
        ReChargeCredentials credentials = new ReChargeCredentials(baseUrl, token);
        try {
            TokenInformation information = client.tokenInformation(credentials);
            Set<String> scopes = information.scopes() == null ? Set.of() : new LinkedHashSet<>(information.scopes());
            String storeName = scopes.contains(STORE_INFO) ? storeName(credentials) : null;
            return TokenInspection.accepted(information.name(), scopes, storeName);
        } catch (TokenRejectedException | MissingScopeException e) {
            return TokenInspection.rejected("ReCharge answered HTTP " + e.status() + " to the token check");
        } catch (ReChargeException e) {
            Log.debugf("token_information at %s gave no usable answer: %s", baseUrl.getHost(), e.getMessage());
            return TokenInspection.unreachable("ReCharge at " + baseUrl + " gave no usable answer to the token check ("
                    + e.getMessage() + ")");
        }
    }

    /** The store's name is a courtesy: a store that does not answer leaves it out, it fails nothing. */
    private String storeName(ReChargeCredentials credentials) {
        try {
            return client.store(credentials).name();
        } catch (ReChargeException e) {
            Log.debugf("GET /store at %s gave no usable answer: %s", credentials.baseUrl().getHost(), e.getMessage());
            return null;
        }
    }
}
