package io.rechargechannel.channel;

import javax.crypto.Mac;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Encrypts API tokens at rest: AES-256-GCM, a fresh 12-byte IV each time, stored as
 * {@code v1:base64(iv || ciphertext+tag)}. Decryption is package-private: outside this package the
 * plain token is only available through {@link ChannelTokens}.
 */
public final class TokenCipher {

    static final int KEY_BYTES = 32;
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public TokenCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the token key must be " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public String encrypt(String plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, plain.getBytes(StandardCharsets.UTF_8));
        byte[] stored = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        return PREFIX + Base64.getEncoder().encodeToString(stored);
    }

    String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new TokenDecryptionException("unknown token ciphertext format");
        }
        byte[] raw = decodeBase64(stored.substring(PREFIX.length()));
        if (raw.length <= IV_BYTES) {
            throw new TokenDecryptionException("token ciphertext is truncated");
        }
        byte[] iv = Arrays.copyOfRange(raw, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(raw, IV_BYTES, raw.length);
        return new String(run(Cipher.DECRYPT_MODE, iv, sealed), StandardCharsets.UTF_8);
    }

    /**
     * A secret of its own for another purpose (the session cookie), derived from this key with HMAC-SHA-256, so
     * that every instance with the same token key derives the same secret and the key itself is never reused.
     */
    public String derivedSecret(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] run(int mode, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // The message names no key material; GCM's AEADBadTagException means tampered or wrong key.
            throw new TokenDecryptionException("token ciphertext could not be decrypted (wrong key or altered data)");
        }
    }

    private static byte[] decodeBase64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new TokenDecryptionException("token ciphertext is not valid base64");
        }
    }
}
