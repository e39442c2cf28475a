package io.rechargechannel.recharge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * ReCharge's timestamps, always {@code 2023-05-13T04:16:51+00:00}, read without the general ISO parser: that
 * took some three microseconds for each, a sixth of reading a page with four per order. Any other form (a
 * fraction, {@code Z}, a bad date) goes to Jackson's own deserializer, so values and errors stay what they
 * were. The offset is kept as sent, as it is with ADJUST_DATES_TO_CONTEXT_TIME_ZONE off.
 */
final class WireTimestamps extends StdScalarDeserializer<OffsetDateTime> implements ContextualDeserializer {

    private final JsonDeserializer<OffsetDateTime> standard;

    WireTimestamps() {
        super(OffsetDateTime.class);
        this.standard = InstantDeserializer.OFFSET_DATE_TIME;
    }

    /** A property with its own format ({@code @JsonFormat}) is left entirely to the standard deserializer. */
    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        JsonDeserializer<?> contextual = ((ContextualDeserializer) standard).createContextual(ctxt, property);
        return contextual == standard ? this : contextual;
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            OffsetDateTime usual = usual(parser.getText());
            if (usual != null) {
                return usual;
            }
        }
        return standard.deserialize(parser, ctxt);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss±hh:mm} and a valid date and offset, else null. */
    static OffsetDateTime usual(String text) {
        if (text.length() != 25 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(22) != ':') {
            return null;
        }
        char sign = text.charAt(19);
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int offsetHours = digits(text, 20, 2);
        int offsetMinutes = digits(text, 23, 2);
        if ((sign != '+' && sign != '-')
                || (year | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0) {
            return null;
        }
        int signum = sign == '+' ? 1 : -1;
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0,
                    ZoneOffset.ofHoursMinutes(signum * offsetHours, signum * offsetMinutes));
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number written with {@code count} ASCII digits from {@code from}, or -1. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
