package io.rechargechannel.channel;

/** A stored token could not be decrypted: the key changed or the row was altered. */
public class TokenDecryptionException extends RuntimeException {

    public TokenDecryptionException(String message) {
        super(message);
    }
}
