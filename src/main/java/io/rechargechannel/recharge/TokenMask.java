package io.rechargechannel.recharge;

/** Keeps tokens out of anything a person or a log file can read. */
final class TokenMask {

    private static final int VISIBLE = 4;

    private TokenMask() {
    }

    static String mask(String token) {
        if (token == null || token.length() <= VISIBLE * 2) {
            return "****";
        }
        return "****" + token.substring(token.length() - VISIBLE);
    }

    /** Removes the token from text that came from elsewhere (an error body may echo a header back). */
    static String scrub(String text, String token) {
        if (text == null || token == null || token.isEmpty()) {
            return text;
        }
        return text.replace(token, mask(token));
    }
}
