package io.rechargechannel.auth;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a password must be: at least 12 characters (NIST SP 800-63B's advice for passwords people choose), at
 * most 72 bytes (bcrypt ignores the rest, so a longer one would be a lie), and not the username.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw AccountProblem.unacceptable("password", "The password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw AccountProblem.unacceptable("password", "The password must be at most " + MAX_BYTES
                    + " bytes long (72 plain letters and digits)");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw AccountProblem.unacceptable("password", "The password must not contain the username");
        }
    }
}
