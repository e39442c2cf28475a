package io.rechargechannel.email;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.channel.TokenCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Customers who want no more feedback emails. The unsubscribe link carries the address and an HMAC of it, keyed
 * by a secret derived from the channel token key (the same on every instance), so a link cannot be forged for
 * someone else's address and works on any instance. A new token key makes older links invalid.
 */
@ApplicationScoped
public class OptOuts {

    static final String PURPOSE = "recharge-channel feedback opt-out v1";
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final EntityManager em;
    private final EmailConfig config;
    private final byte[] key;

    OptOuts(EntityManager em, EmailConfig config, TokenCipher tokenKey) {
        this.em = em;
        this.config = config;
        this.key = Base64.getDecoder().decode(tokenKey.derivedSecret(PURPOSE));
    }

    /** The one-click link for this address. */
    public String unsubscribeUrl(String email) {
        return config.publicBaseUrl().replaceAll("/+$", "") + "/email/unsubscribe?t=" + token(email);
    }

    String token(String email) {
        String address = normalised(email);
        return URL.encodeToString(address.getBytes(StandardCharsets.UTF_8)) + "." + URL.encodeToString(mac(address));
    }

    /** The address a token was made for, when the token is genuine. */
    public Optional<String> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            String address = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            return MessageDigest.isEqual(given, mac(address)) ? Optional.of(address) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** Records the opt-out (again is fine). */
    public void optOut(String email) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO email_opt_out (email) VALUES (?1) ON CONFLICT (email) DO NOTHING")
                .setParameter(1, normalised(email)).executeUpdate());
        Log.infof("Feedback emails: %s opted out", masked(email));
    }

    public boolean hasOptedOut(String email) {
        return QuarkusTransaction.joiningExisting().call(() -> !em.createNativeQuery(
                        "SELECT 1 FROM email_opt_out WHERE email = ?1")
                .setParameter(1, normalised(email)).getResultList().isEmpty());
    }

    /** An address as logs show it: enough to tell, not enough to harvest. */
    static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }

    private static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private byte[] mac(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
