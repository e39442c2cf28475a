package io.rechargechannel.channel;

import jakarta.enterprise.context.ApplicationScoped;

/** Hands a channel's plain API token to the code that calls ReCharge with it (the sync). Never log it. */
@ApplicationScoped
public class ChannelTokens {

    private final TokenCipher cipher;

    ChannelTokens(TokenCipher cipher) {
        this.cipher = cipher;
    }

    public String plainToken(SalesChannel channel) {
        return cipher.decrypt(channel.accessTokenCiphertext());
    }
}
