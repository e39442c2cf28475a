package io.rechargechannel.channel;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenCipherTest {

    private static final String TOKEN = "sk_2x1_4f1c0ffee0ddba11cafe";

    private final TokenCipher cipher = new TokenCipher(randomKey());

    @Test
    void decryptsWhatItEncrypted() {
        String stored = cipher.encrypt(TOKEN);

        assertThat(stored).startsWith("v1:").doesNotContain(TOKEN);
        assertThat(cipher.decrypt(stored)).isEqualTo(TOKEN);
    }

    @Test
    void usesAFreshIvEachTime() {
        String first = cipher.encrypt(TOKEN);
        String second = cipher.encrypt(TOKEN);

        assertThat(first).isNotEqualTo(second);
        assertThat(iv(first)).isNotEqualTo(iv(second));
    }

    @Test
    void refusesAlteredCiphertext() {
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt(TOKEN).substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(TokenDecryptionException.class)
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void refusesADifferentKey() {
        String stored = cipher.encrypt(TOKEN);

        assertThatThrownBy(() -> new TokenCipher(randomKey()).decrypt(stored))
                .isInstanceOf(TokenDecryptionException.class);
    }

    @Test
    void refusesUnknownFormatsAndTruncatedData() {
        assertThatThrownBy(() -> cipher.decrypt(TOKEN)).isInstanceOf(TokenDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA")).isInstanceOf(TokenDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:not base64!")).isInstanceOf(TokenDecryptionException.class);
    }

    @Test
    void acceptsOnly256BitKeys() {
        assertThatThrownBy(() -> new TokenCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] iv(String stored) {
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        return java.util.Arrays.copyOf(raw, 12);
    }

    static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
