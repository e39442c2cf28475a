package io.rechargechannel.auth;

import io.quarkus.vertx.http.runtime.FormAuthConfig;
import io.quarkus.vertx.http.security.Form;
import io.quarkus.vertx.http.security.HttpSecurity;
import io.rechargechannel.channel.TokenCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Form sign-in, with a session cookie that survives a restart and works on every instance: Quarkus keeps the
 * session in the cookie itself, encrypted, so what matters is that every instance encrypts with the same key.
 * That key is {@code AUTH_SESSION_KEY} when set, otherwise derived from the channel token key, which every
 * instance must share anyway. The cookie is {@code HttpOnly} and {@code SameSite=Lax}, and {@code Secure} when the request came over TLS
 * (directly, or through a proxy that says so with forwarding enabled).
 */
@ApplicationScoped
class SessionCookie {

    static final String PURPOSE = "recharge-channel session cookie v1";
    static final String COOKIE = "recharge-session";

    void configure(@Observes HttpSecurity security, AuthConfig config, TokenCipher tokenKey) {
        security.mechanism(Form.builder()
                .loginPage("/login")
                .errorPage("/login?error=true")
                .landingPage("/")
                .cookieName(COOKIE)
                .timeout(config.sessionTimeout())
                .cookieSameSite(FormAuthConfig.CookieSameSite.LAX)
                .httpOnlyCookie()
                .encryptionKey(config.sessionKey().orElseGet(() -> tokenKey.derivedSecret(PURPOSE)))
                .build());
    }
}
