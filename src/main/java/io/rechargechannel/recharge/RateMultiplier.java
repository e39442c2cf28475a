package io.rechargechannel.recharge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rate-limit multipliers ReCharge encodes in newer token prefixes: {@code sk_2x1_...} drains twice as
 * fast ({@code leak}) with the normal bucket ({@code bucket}). Tokens without the prefix are 1x1.
 */
record RateMultiplier(int leak, int bucket) {

    static final RateMultiplier NONE = new RateMultiplier(1, 1);
    private static final Pattern PREFIX = Pattern.compile("^sk_(\\d{1,3})x(\\d{1,3})_");

    static RateMultiplier ofToken(String token) {
        Matcher prefix = PREFIX.matcher(token == null ? "" : token);
        if (!prefix.find()) {
            return NONE;
        }
        int leak = Integer.parseInt(prefix.group(1));
        int bucket = Integer.parseInt(prefix.group(2));
        return leak > 0 && bucket > 0 ? new RateMultiplier(leak, bucket) : NONE;
    }
}
