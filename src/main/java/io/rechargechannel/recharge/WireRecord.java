package io.rechargechannel.recharge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One element of a page. When it cannot be bound (a bad date, a wrong type) {@code value} is null and
 * {@code problem} says why; the raw JSON is kept so the caller can log or park it.
 * <p>
 * The raw JSON stays the bytes ReCharge sent and becomes text only when asked for: most elements bind, and
 * then all that is needed of them is their content hash, taken over the same bytes. (Decoding every
 * element of a page to a string, about 4 KB each, cost a tenth of reading the page.)
 */
public final class WireRecord<T> {

    private final T value;
    private final String problem;
    private final byte[] source;
    private final int offset;
    private final int length;

    /** {@code source[offset, offset + length)} is the element's JSON; the array is not copied, never change it. */
    WireRecord(T value, String problem, byte[] source, int offset, int length) {
        this.value = value;
        this.problem = problem;
        this.source = source;
        this.offset = offset;
        this.length = length;
    }

    public T value() {
        return value;
    }

    public String problem() {
        return problem;
    }

    public boolean ok() {
        return problem == null;
    }

    /** The element's JSON as ReCharge sent it (decoded anew on each call). */
    public String rawJson() {
        return new String(source, offset, length, StandardCharsets.UTF_8);
    }

    /**
     * SHA-256, in hex, of the element's JSON bytes as ReCharge sent them: tells a re-read of the same order
     * (same JSON) from a change made within the same second. A record read back from its {@link #rawJson()}
     * hashes the same, being the same bytes.
     */
    public String contentHash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(source, offset, length);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
