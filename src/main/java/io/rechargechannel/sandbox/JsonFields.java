package io.rechargechannel.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How ReCharge 2021-11 writes values: amounts as "29.20", UTC times to the second with "+00:00". */
final class JsonFields {

    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);

    private JsonFields() {
    }

    static String money(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    static String time(long epochSeconds) {
        return UTC_SECONDS.format(Instant.ofEpochSecond(epochSeconds));
    }

    static void money(JsonGenerator g, String name, long cents) throws IOException {
        g.writeStringField(name, money(cents));
    }

    static void time(JsonGenerator g, String name, Long epochSeconds) throws IOException {
        if (epochSeconds == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, time(epochSeconds));
        }
    }

    /** 2021-11 wraps platform ids: {@code "external_order_id": {"ecommerce": "5006149877931"}}. */
    static void external(JsonGenerator g, String name, String value) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("ecommerce", value);
        g.writeEndObject();
    }

    static void emptyArray(JsonGenerator g, String name) throws IOException {
        g.writeArrayFieldStart(name);
        g.writeEndArray();
    }
}
