package io.rechargechannel.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of sign-in ({@code auth.*}). */
@ConfigMapping(prefix = "auth")
public interface AuthConfig {

    /** The first admin of a database with no users (env {@code AUTH_BOOTSTRAP_ADMIN_USERNAME} / {@code _PASSWORD}). */
    BootstrapAdmin bootstrapAdmin();

    /** Creates the documented demo users {@code admin}, {@code warehouse} and {@code ops} on a fresh database. */
    @WithDefault("false")
    boolean demoUsers();

    /** bcrypt cost of new password hashes: 2^cost rounds (10 takes about 70 ms here). */
    @WithDefault("10")
    int passwordHashCost();

    /**
     * What the session cookie is encrypted with (env {@code AUTH_SESSION_KEY}, at least 16 characters). Unset, a key
     * derived from the channel token key is used, so every instance with the same {@code CHANNEL_TOKEN_KEY} reads
     * every other's sessions, and a restart keeps them.
     */
    Optional<String> sessionKey();

    /** How long a session lasts without a request; renewed while in use. */
    @WithDefault("8h")
    Duration sessionTimeout();

    interface BootstrapAdmin {
        Optional<String> username();

        Optional<String> password();
    }
}
