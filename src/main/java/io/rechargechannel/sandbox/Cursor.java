package io.rechargechannel.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Base64;

/**
 * An opaque cursor: base64url JSON of what is listed ({@code query}, {@code kind}), the store generation and
 * snapshot it was read at, and where the page ended ({@code lastValue}, {@code lastId}, read in
 * {@code direction}). Anything that does not decode to a sensible cursor is "Invalid value".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Cursor(String kind, long generation, long snapshot, String direction, long lastValue, long lastId,
              OrderQuery query) {

    static final String ORDERS = "orders";
    static final String PRODUCTS = "products";
    static final String NEXT = "next";
    static final String PREVIOUS = "prev";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, false);

    boolean backwards() {
        return PREVIOUS.equals(direction);
    }

    String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this));
        } catch (Exception e) {
            throw new IllegalStateException("cursor could not be written", e);
        }
    }

    /** Decodes a cursor of the given kind and store generation, or answers 422 "Invalid value". */
    static Cursor decode(String text, String kind, long generation) {
        Cursor cursor;
        try {
            cursor = JSON.readValue(Base64.getUrlDecoder().decode(text.trim()), Cursor.class);
        } catch (Exception e) {
            throw RechargeError.invalidCursor();
        }
        boolean sensible = kind.equals(cursor.kind) && cursor.generation == generation
                && (NEXT.equals(cursor.direction) || PREVIOUS.equals(cursor.direction))
                && (PRODUCTS.equals(kind) || cursor.query != null && cursor.query.sortBy() != null);
        if (!sensible) {
            throw RechargeError.invalidCursor();
        }
        return cursor;
    }
}
