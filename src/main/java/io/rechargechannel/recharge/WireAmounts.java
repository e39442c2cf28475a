package io.rechargechannel.recharge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * ReCharge's amounts, sent as strings like {@code "24.30"} (about ten per order), read without the check
 * Jackson runs on every numeric string first: a regular expression, which took a tenth of reading a page.
 * Only plain decimals are read here, {@code new BigDecimal} giving what Jackson would; anything else
 * (numbers, blanks, exponents, signs, "NaN") is left to Jackson's own deserializer, which this one is.
 */
final class WireAmounts extends NumberDeserializers.BigDecimalDeserializer {

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getText();
            if (plain(text)) {
                return new BigDecimal(text);
            }
        }
        return super.deserialize(parser, ctxt);
    }

    /** {@code -?[0-9]+(\.[0-9]+)?}, and short: far from the limits Jackson checks on a number's length. */
    static boolean plain(String text) {
        int length = text.length();
        int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int digitsBefore = 0;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
            digitsBefore++;
        }
        if (digitsBefore == 0 || length > 40) {
            return false;
        }
        if (i == length) {
            return true;
        }
        if (text.charAt(i) != '.' || i == length - 1) {
            return false;
        }
        for (i++; i < length; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
