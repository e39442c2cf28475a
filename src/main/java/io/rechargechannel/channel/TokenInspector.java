package io.rechargechannel.channel;

import java.net.URI;

/**
 * Asks ReCharge about a token ({@code GET {baseUrl}/token_information}). An interface so the call can
 * later go through the shared ReCharge client; implementations never log the token.
 */
public interface TokenInspector {

    TokenInspection inspect(URI baseUrl, String token);
}
