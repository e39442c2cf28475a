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
 */
@ApplicationScoped
class ReChargeTokenInspector implements TokenInspector {

    private final ReChargeClient client;

    ReChargeTokenInspector(ReChargeClient client) {
        this.client = client;
    }

    @Override
    public TokenInspection inspect(URI baseUrl, String token) {
        try {
            TokenInformation information = client.tokenInformation(new ReChargeCredentials(baseUrl, token));
            Set<String> scopes = information.scopes() == null ? Set.of() : new LinkedHashSet<>(information.scopes());
            return TokenInspection.accepted(information.name(), scopes);
        } catch (TokenRejectedException | MissingScopeException e) {
            return TokenInspection.rejected("ReCharge answered HTTP " + e.status() + " to the token check");
        } catch (ReChargeException e) {
            Log.debugf("token_information at %s gave no usable answer: %s", baseUrl.getHost(), e.getMessage());
            return TokenInspection.unreachable("ReCharge at " + baseUrl + " gave no usable answer to the token check ("
                    + e.getMessage() + ")");
        }
    }
}
