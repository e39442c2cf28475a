package io.rechargechannel.sandbox;

/** Bad input to the sandbox's Java or control API; the control API answers it with 400 and the message. */
public class SandboxInputException extends IllegalArgumentException {

    public SandboxInputException(String message) {
        super(message);
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new SandboxInputException(message);
        }
    }
}
