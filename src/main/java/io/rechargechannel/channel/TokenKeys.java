package io.rechargechannel.channel;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Base64;

/**
 * Chooses the token key: {@code channel.token-key} when set, else a generated key kept in
 * {@code channel.token-key-file} (fine for dev and tests, not for production).
 */
@ApplicationScoped
class TokenKeys {

    @Produces
    @Singleton
    TokenCipher tokenCipher(ChannelConfig config) {
        return new TokenCipher(config.tokenKey()
                .map(key -> decode(key, "channel.token-key"))
                .orElseGet(() -> fromFile(new TokenKeyFile(config.tokenKeyFile()), config)));
    }

    private static byte[] fromFile(TokenKeyFile file, ChannelConfig config) {
        Log.warnf("channel.token-key is not set: API tokens are encrypted with a generated key kept in %s. "
                + "Production should set CHANNEL_TOKEN_KEY (base64 of 32 random bytes) instead.",
                config.tokenKeyFile().toAbsolutePath());
        return file.loadOrCreate();
    }

    static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the token key in " + source + " is not valid base64");
        }
        if (key.length != TokenCipher.KEY_BYTES) {
            throw new IllegalStateException("the token key in " + source + " must be base64 of "
                    + TokenCipher.KEY_BYTES + " bytes, it has " + key.length);
        }
        return key;
    }
}
