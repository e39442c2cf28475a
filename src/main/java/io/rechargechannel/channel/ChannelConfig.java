package io.rechargechannel.channel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.Optional;

/** Settings of the channel feature ({@code channel.*}). */
@ConfigMapping(prefix = "channel")
public interface ChannelConfig {

    /**
     * Base64 of 32 random bytes (env {@code CHANNEL_TOKEN_KEY}), the same on every instance. Without it a key is
     * generated into {@link #tokenKeyFile()}, which a prod start refuses when the database is not the embedded one.
     */
    Optional<String> tokenKey();

    /** The key before {@link #tokenKey()} (env {@code CHANNEL_TOKEN_KEY_PREVIOUS}) while keys rotate: read, never written. */
    Optional<String> tokenKeyPrevious();

    /** Where a generated key is kept when {@link #tokenKey()} is not set. */
    @WithDefault("data/token.key")
    Path tokenKeyFile();
}
