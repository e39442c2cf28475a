package io.rechargechannel.channel;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Encrypts API tokens at rest: AES-256-GCM, a fresh 12-byte IV each time, stored as
 * {@code v2:<key fingerprint>:base64(iv || ciphertext+tag)}, the {@code v2:<fingerprint>:} prefix bound to the
 * ciphertext as associated data. The fingerprint (the first 8 bytes of an HMAC-SHA256 of a fixed label under the
 * key, in hex) names the key without revealing it, so a stored token says which key can read it: an instance with
 * another key knows at once, and a previous key ({@code CHANNEL_TOKEN_KEY_PREVIOUS}) still reads what it wrote.
 * {@code v1:} tokens (no fingerprint, before 2026-12) are read with any of the keys and re-encrypted at start.
 * Decryption is package-private: outside this package the plain token is only available through {@link ChannelTokens}.
 */
public final class TokenCipher {

    static final int KEY_BYTES = 32;
    private static final String V1 = "v1:";
    private static final String V2 = "v2:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] FINGERPRINT_LABEL = "recharge-channel token key fingerprint".getBytes(StandardCharsets.US_ASCII);

    private record Key(SecretKey secret, String fingerprint) {
    }

    private final Key current;
    private final List<Key> previous;
    private final SecureRandom random = new SecureRandom();

    public TokenCipher(byte[] key) {
        this(key, List.of());
    }

    /** @param previous keys that may still have encrypted stored tokens: read, never written */
    public TokenCipher(byte[] key, List<byte[]> previous) {
        this.current = key(key);
        this.previous = previous.stream().map(TokenCipher::key).toList();
    }

    public String encrypt(String plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        String prefix = V2 + current.fingerprint() + ":";
        byte[] sealed = run(Cipher.ENCRYPT_MODE, current, iv, prefix, plain.getBytes(StandardCharsets.UTF_8));
        byte[] stored = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        return prefix + Base64.getEncoder().encodeToString(stored);
    }

    /** The current key's fingerprint: what instances sharing a database must all show. */
    public String fingerprint() {
        return current.fingerprint();
    }

    /** Fingerprints of the previous keys, in the order given. */
    public List<String> previousFingerprints() {
        return previous.stream().map(Key::fingerprint).toList();
    }

    String decrypt(String stored) {
        if (stored != null && stored.startsWith(V2)) {
            String fingerprint = fingerprintOf(stored).orElseThrow(
                    () -> new TokenDecryptionException("token ciphertext has no key fingerprint"));
            Key key = keys().stream().filter(k -> k.fingerprint().equals(fingerprint)).findFirst()
                    .orElseThrow(() -> new TokenDecryptionException(unknownKey(fingerprint)));
            String prefix = V2 + fingerprint + ":";
            return open(key, prefix, stored.substring(prefix.length()));
        }
        if (stored != null && stored.startsWith(V1)) {
            TokenDecryptionException last = null;
            for (Key key : keys()) {
                try {
                    return open(key, null, stored.substring(V1.length()));
                } catch (TokenDecryptionException wrongKey) {
                    last = wrongKey;
                }
            }
            throw last;
        }
        throw new TokenDecryptionException("unknown token ciphertext format");
    }

    /** True when {@code stored} is readable but not under the current key in the current format. */
    boolean isOutdated(String stored) {
        return !stored.startsWith(V2 + current.fingerprint() + ":");
    }

    /** The fingerprint a {@code v2:} ciphertext names; empty for older formats. */
    static Optional<String> fingerprintOf(String stored) {
        if (stored == null || !stored.startsWith(V2) || stored.indexOf(':', V2.length()) < 0) {
            return Optional.empty();
        }
        return Optional.of(stored.substring(V2.length(), stored.indexOf(':', V2.length())));
    }

    private List<Key> keys() {
        List<Key> keys = new ArrayList<>(List.of(current));
        keys.addAll(previous);
        return keys;
    }

    private String unknownKey(String fingerprint) {
        return "the stored access token was encrypted with the token key of fingerprint " + fingerprint
                + ", but this instance has CHANNEL_TOKEN_KEY of fingerprint " + current.fingerprint()
                + (previous.isEmpty() ? "" : " and CHANNEL_TOKEN_KEY_PREVIOUS of " + previousFingerprints())
                + ": every instance sharing the database must run with the same CHANNEL_TOKEN_KEY";
    }

    private String open(Key key, String associated, String base64) {
        byte[] raw = decodeBase64(base64);
        if (raw.length <= IV_BYTES) {
            throw new TokenDecryptionException("token ciphertext is truncated");
        }
        byte[] iv = Arrays.copyOfRange(raw, 0, IV_BYTES);
        byte[] sealed = Arrays.copyOfRange(raw, IV_BYTES, raw.length);
        return new String(run(Cipher.DECRYPT_MODE, key, iv, associated, sealed), StandardCharsets.UTF_8);
    }

    /**
     * A secret of its own for another purpose (the session cookie), derived from the current key with HMAC-SHA-256,
     * so that every instance with the same token key derives the same secret and the key itself is never reused.
     */
    public String derivedSecret(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(current.secret().getEncoded(), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] run(int mode, Key key, byte[] iv, String associated, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key.secret(), new GCMParameterSpec(TAG_BITS, iv));
            if (associated != null) {
                cipher.updateAAD(associated.getBytes(StandardCharsets.US_ASCII));
            }
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // The message names no key material; GCM's AEADBadTagException means tampered or wrong key.
            throw new TokenDecryptionException("token ciphertext could not be decrypted (wrong key or altered data)");
        }
    }

    private static Key key(byte[] bytes) {
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("the token key must be " + KEY_BYTES + " bytes, not " + bytes.length);
        }
        SecretKey secret = new SecretKeySpec(bytes.clone(), "AES");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            return new Key(secret, HexFormat.of().formatHex(Arrays.copyOf(mac.doFinal(FINGERPRINT_LABEL), 8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
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
