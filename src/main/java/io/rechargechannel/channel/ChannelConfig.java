package io.rechargechannel.channel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.Optional;

/** Settings of the channel feature ({@code channel.*}). */
@ConfigMapping(prefix = "channel")
public interface ChannelConfig {

    /** Base64 of 32 random bytes (env {@code CHANNEL_TOKEN_KEY}); production must set it. */
    Optional<String> tokenKey();

    /** Where a generated key is kept when {@link #tokenKey()} is not set. */
    @WithDefault("data/token.key")
    Path tokenKeyFile();
}
