package io.rechargechannel.channel;

import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenCipherTest {

    private static final String TOKEN = "sk_2x1_4f1c0ffee0ddba11cafe";

    private final byte[] key = randomKey();
    private final TokenCipher cipher = new TokenCipher(key);

    @Test
    void decryptsWhatItEncrypted() {
        String stored = cipher.encrypt(TOKEN);

        assertThat(stored).startsWith("v2:" + cipher.fingerprint() + ":").doesNotContain(TOKEN);
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
        String stored = cipher.encrypt(TOKEN);
        String prefix = stored.substring(0, stored.lastIndexOf(':') + 1);
        byte[] raw = Base64.getDecoder().decode(stored.substring(prefix.length()));
        raw[raw.length - 1] ^= 1;
        String tampered = prefix + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(TokenDecryptionException.class)
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void refusesADifferentKeyNamingBothFingerprintsAndTheSetting() {
        String stored = cipher.encrypt(TOKEN);
        TokenCipher other = new TokenCipher(randomKey());

        assertThatThrownBy(() -> other.decrypt(stored))
                .isInstanceOf(TokenDecryptionException.class)
                .hasMessageContaining(cipher.fingerprint()).hasMessageContaining(other.fingerprint())
                .hasMessageContaining("CHANNEL_TOKEN_KEY");
    }

    @Test
    void theFingerprintNamesTheKeyWithoutRevealingIt() {
        byte[] key = randomKey();

        assertThat(new TokenCipher(key).fingerprint()).isEqualTo(new TokenCipher(key.clone()).fingerprint())
                .hasSize(16).isNotEqualTo(new TokenCipher(randomKey()).fingerprint())
                .doesNotContain(java.util.HexFormat.of().formatHex(key).substring(0, 8));
    }

    @Test
    void aPreviousKeyStillReadsWhatItWroteAndTheCurrentOneWritesFromNowOn() {
        byte[] newKey = randomKey();
        String writtenBefore = cipher.encrypt(TOKEN);
        TokenCipher rotated = new TokenCipher(newKey, List.of(key));

        assertThat(rotated.decrypt(writtenBefore)).isEqualTo(TOKEN);
        assertThat(rotated.isOutdated(writtenBefore)).isTrue();
        String writtenNow = rotated.encrypt(TOKEN);
        assertThat(writtenNow).startsWith("v2:" + new TokenCipher(newKey).fingerprint() + ":");
        assertThat(rotated.isOutdated(writtenNow)).isFalse();
    }

    @Test
    void readsTheFormerFormatWithoutAFingerprint() throws Exception {
        String v1 = "v1:" + Base64.getEncoder().encodeToString(sealedWithoutFingerprint(key, TOKEN));

        assertThat(cipher.decrypt(v1)).isEqualTo(TOKEN);
        assertThat(cipher.isOutdated(v1)).isTrue();
        assertThat(new TokenCipher(randomKey(), List.of(key)).decrypt(v1)).isEqualTo(TOKEN);
    }

    @Test
    void theFingerprintInTheCiphertextCannotBeSwapped() {
        String stored = cipher.encrypt(TOKEN);
        TokenCipher two = new TokenCipher(randomKey(), List.of(key));
        String relabelled = stored.replace(cipher.fingerprint(), two.fingerprint());

        assertThatThrownBy(() -> two.decrypt(relabelled)).isInstanceOf(TokenDecryptionException.class);
    }

    @Test
    void refusesUnknownFormatsAndTruncatedData() {
        assertThatThrownBy(() -> cipher.decrypt(TOKEN)).isInstanceOf(TokenDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA")).isInstanceOf(TokenDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:not base64!")).isInstanceOf(TokenDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt("v2:AAAA")).isInstanceOf(TokenDecryptionException.class);
    }

    @Test
    void acceptsOnly256BitKeys() {
        assertThatThrownBy(() -> new TokenCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] iv(String stored) {
        byte[] raw = Base64.getDecoder().decode(stored.substring(stored.lastIndexOf(':') + 1));
        return java.util.Arrays.copyOf(raw, 12);
    }

    /** What the first format stored: AES-GCM without associated data, iv || ciphertext+tag. */
    private static byte[] sealedWithoutFingerprint(byte[] key, String plain) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
    }

    static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
