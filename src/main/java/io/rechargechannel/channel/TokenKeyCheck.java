package io.rechargechannel.channel;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.TreeSet;

/**
 * At start, before anything syncs: every stored access token must be readable with this instance's keys, or the
 * start is refused (naming {@code CHANNEL_TOKEN_KEY}), rather than every run of those channels failing later.
 * Tokens under a previous key ({@code CHANNEL_TOKEN_KEY_PREVIOUS}) or in the old {@code v1:} format are
 * re-encrypted under the current key, each with one conditional UPDATE, so that a concurrent edit is never lost.
 */
@ApplicationScoped
class TokenKeyCheck {

    /** After the start report, which says what this instance runs on first. */
    static final int PRIORITY = Interceptor.Priority.LIBRARY_BEFORE + 10;

    private record StoredToken(long channelId, String ciphertext) {
    }

    private final TokenCipher cipher;
    private final EntityManager em;

    TokenKeyCheck(TokenCipher cipher, EntityManager em) {
        this.cipher = cipher;
        this.em = em;
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        List<StoredToken> stored = storedTokens();
        refuseUnreadable(stored);
        List<StoredToken> outdated = stored.stream().filter(token -> cipher.isOutdated(token.ciphertext())).toList();
        int reencrypted = outdated.stream().mapToInt(this::reencrypt).sum();
        if (reencrypted > 0) {
            Log.infof("Re-encrypted %d access token(s) under the current token key (fingerprint %s); once every "
                    + "instance runs with it, %s can be removed", reencrypted, cipher.fingerprint(), TokenKeys.PREVIOUS);
        }
    }

    private void refuseUnreadable(List<StoredToken> stored) {
        List<StoredToken> unreadable = stored.stream().filter(token -> !readable(token)).toList();
        if (unreadable.isEmpty()) {
            return;
        }
        TreeSet<String> foreignKeys = new TreeSet<>();
        unreadable.forEach(token -> foreignKeys.add(
                TokenCipher.fingerprintOf(token.ciphertext()).orElse("(none: stored before fingerprints)")));
        throw new IllegalStateException(TokenKeys.KEY + " (fingerprint " + cipher.fingerprint() + ") cannot read the "
                + "stored access tokens of " + String.join(", ", unreadable.stream().map(t -> "channel " + t.channelId())
                .toList()) + ", encrypted with the token key of fingerprint " + String.join(", ", foreignKeys)
                + ". Every instance sharing this database must run with the same " + TokenKeys.KEY + "; while the key "
                + "changes, set the one before as " + TokenKeys.PREVIOUS + ". Refusing to start rather than fail "
                + "every sync of those channels.");
    }

    private boolean readable(StoredToken token) {
        try {
            cipher.decrypt(token.ciphertext());
            return true;
        } catch (TokenDecryptionException e) {
            return false;
        }
    }

    private int reencrypt(StoredToken token) {
        String again = cipher.encrypt(cipher.decrypt(token.ciphertext()));
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        UPDATE sales_channel SET access_token_ciphertext = ?1, version = version + 1
                        WHERE id = ?2 AND access_token_ciphertext = ?3""")
                .setParameter(1, again).setParameter(2, token.channelId()).setParameter(3, token.ciphertext())
                .executeUpdate());
    }

    @SuppressWarnings("unchecked")
    private List<StoredToken> storedTokens() {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) em.createNativeQuery(
                        "SELECT id, access_token_ciphertext FROM sales_channel ORDER BY id").getResultList()).stream()
                .map(row -> new StoredToken(((Number) row[0]).longValue(), (String) row[1])).toList());
    }
}
