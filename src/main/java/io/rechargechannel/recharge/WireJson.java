package io.rechargechannel.recharge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads ReCharge bodies in one streaming pass over their bytes, with no tree of the whole body: a page of
 * 250 orders is most of a megabyte, and building a tree of it, binding from the tree and writing each element
 * back out as text cost far more than the binding itself. Each list element is bound where the pass finds it,
 * and its bytes are its raw JSON. One bad element must become a {@link WireRecord} with a problem instead of
 * failing the page, but a parser is of no use after a failed binding; so a page with a bad element is read
 * again, each element found first and then bound from its own bytes. Lenient on purpose (unknown fields
 * ignored, amounts as strings or numbers, {@code is_prepaid} as 0/1 or a boolean).
 * <p>
 * An {@link IOException} from here means the body is not well-formed JSON (cut off, say): the pass reads the
 * whole body, as parsing it into a tree did, so that such a body is still retried as a transient failure. A
 * well-formed body that is not ReCharge's shape is a {@link WireShapeException}.
 */
final class WireJson {

    /** A list page: its elements, each bound on its own, and the cursor to the next page (null on the last). */
    record Listed<T>(List<WireRecord<T>> records, String nextCursor) {
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .annotationIntrospector(new IgnoringUnknownFields())
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("WireValues")
                    .addDeserializer(OffsetDateTime.class, new WireTimestamps())
                    .addDeserializer(BigDecimal.class, new WireAmounts()))
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    /**
     * Unknown fields are ignored either way; saying so per type, as {@code @JsonIgnoreProperties(ignoreUnknown
     * = true)} on every wire record would, lets Jackson skip them. Otherwise it copies each one into a buffer
     * while it binds a record through its constructor, to report them afterwards: a tenth of binding an order.
     */
    private static final class IgnoringUnknownFields extends JacksonAnnotationIntrospector {

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
            JsonIgnoreProperties.Value declared = super.findPropertyIgnoralByName(config, annotated);
            return annotated instanceof AnnotatedClass ? declared.withIgnoreUnknown() : declared;
        }
    }

    /** The object under {@code key} ({@code {"store": {...}}}); a body without it is not ReCharge's shape. */
    <T> T single(byte[] body, String key, Class<T> type) throws IOException {
        int start = -1;
        int end = -1;
        try (JsonParser parser = mapper.createParser(body)) {
            for (String field = firstField(parser); field != null; field = nextField(parser)) {
                boolean object = parser.currentToken() == JsonToken.START_OBJECT;
                int valueStart = tokenStart(parser);
                int valueEnd = skip(parser);
                if (field.equals(key)) {
                    start = object ? valueStart : -1;
                    end = valueEnd;
                }
            }
        }
        if (start < 0) {
            throw new WireShapeException("the body has no \"" + key + "\" object");
        }
        try {
            return mapper.readValue(body, start, end - start, type);
        } catch (JacksonException e) {
            throw new WireShapeException("\"" + key + "\" cannot be read: " + problem(e));
        }
    }

    /** The list under {@code key} ({@code {"orders": [...]}}) and {@code next_cursor}, read in the same pass. */
    <T> Listed<T> list(byte[] body, String key, Class<T> type) throws IOException {
        ObjectReader reader = mapper.readerFor(type);
        try {
            return list(body, key, reader, true);
        } catch (BindingFailed oneElementIsBad) {
            return list(body, key, reader, false);
        }
    }

    /** Ends the first reading of a page when an element cannot be bound in place; never leaves this class. */
    private static final class BindingFailed extends RuntimeException {

        BindingFailed() {
            super(null, null, false, false);
        }
    }

    private <T> Listed<T> list(byte[] body, String key, ObjectReader reader, boolean inPlace) throws IOException {
        List<WireRecord<T>> records = null;
        String nextCursor = null;
        try (JsonParser parser = mapper.createParser(body)) {
            for (String field = firstField(parser); field != null; field = nextField(parser)) {
                if (field.equals(key)) {
                    records = elements(parser, body, reader, inPlace);
                } else if (field.equals("next_cursor")) {
                    nextCursor = cursor(parser);
                } else {
                    skip(parser);
                }
            }
        }
        if (records == null) {
            throw new WireShapeException("the body has no \"" + key + "\" list");
        }
        return new Listed<>(records, nextCursor);
    }

    /**
     * Binds one record kept as raw JSON (a quarantined element) exactly as a page's element is bound: the
     * same bytes read back as the same value with the same content hash.
     */
    <T> WireRecord<T> record(String rawJson, Class<T> type) {
        byte[] bytes = rawJson.getBytes(StandardCharsets.UTF_8);
        try (JsonParser parser = mapper.createParser(bytes)) {
            if (parser.nextToken() == null) {
                throw new IOException("empty body");
            }
            skip(parser);
        } catch (IOException e) {
            return new WireRecord<>(null, "not JSON: " + e.getMessage(), bytes, 0, bytes.length);
        }
        return bind(mapper.readerFor(type), bytes, 0, bytes.length);
    }

    /**
     * Starts the pass: the parser ends up on the value of the top-level object's first field, whose name is
     * returned. Null when there is none, also when the top level is not an object (the value is then read
     * through, so that it is still checked to be well-formed).
     */
    private static String firstField(JsonParser parser) throws IOException {
        JsonToken root = parser.nextToken();
        if (root == null) {
            throw new IOException("empty body");
        }
        if (root != JsonToken.START_OBJECT) {
            skip(parser);
            return null;
        }
        return nextField(parser);
    }

    /** From the last token of one field's value to the next field's value; null at the end of the object. */
    private static String nextField(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.FIELD_NAME) {
            return null;
        }
        String name = parser.currentName();
        parser.nextToken();
        return name;
    }

    /**
     * The elements of the list the parser is on, bound in place or each from its own bytes; null when the value
     * is no list.
     */
    private static <T> List<WireRecord<T>> elements(JsonParser parser, byte[] body, ObjectReader reader,
                                                    boolean inPlace) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            skip(parser);
            return null;
        }
        List<WireRecord<T>> records = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int start = tokenStart(parser);
            records.add(inPlace ? bindInPlace(parser, reader, body, start)
                    : bind(reader, body, start, skip(parser) - start));
        }
        return records;
    }

    /**
     * Binds the element the parser is on with the page's own parser, which then stands on the element's last
     * token: the page is read once instead of once to find the element and again to bind it (that second
     * reading was a quarter of the time). Only an object that binds is taken; anything else ends this reading.
     */
    private static <T> WireRecord<T> bindInPlace(JsonParser parser, ObjectReader reader, byte[] body, int start) {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            try {
                T value = reader.readValue(parser);
                int end = (int) parser.currentLocation().getByteOffset();
                return new WireRecord<>(value, null, body, start, end - start);
            } catch (IOException cannotBind) {
                // read the page again, this element on its own
            }
        }
        throw new BindingFailed();
    }

    /**
     * Binds one element from its bytes; what is wrong with it stays with it. The bytes were checked to be
     * well-formed on the way, so a failure here is about the element's content (a bad date, a wrong type).
     */
    private static <T> WireRecord<T> bind(ObjectReader reader, byte[] bytes, int start, int length) {
        try {
            T value = reader.readValue(bytes, start, length);
            // A bare null binds to null without complaint, and would pass for a good record.
            String problem = value == null ? "null where a record was expected" : null;
            return new WireRecord<>(value, problem, bytes, start, length);
        } catch (IOException e) {
            return new WireRecord<>(null, problem(e), bytes, start, length);
        }
    }

    /** A cursor field: null, absent and empty all mean "no more pages". */
    private static String cursor(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (!token.isScalarValue()) {
            skip(parser);
            return null;
        }
        String text = token == JsonToken.VALUE_NULL ? null : parser.getText();
        return text == null || text.isEmpty() ? null : text;
    }

    /** Where the current token starts in the body. */
    private static int tokenStart(JsonParser parser) {
        return (int) parser.currentTokenLocation().getByteOffset();
    }

    /**
     * Reads through the value the parser is on, which checks that it is well-formed, and returns where it
     * ends. A string is read lazily, so it is finished first, or the parser would stand just after its quote.
     */
    private static int skip(JsonParser parser) throws IOException {
        if (parser.currentToken().isStructStart()) {
            parser.skipChildren();
        } else {
            parser.finishToken();
        }
        return (int) parser.currentLocation().getByteOffset();
    }

    private static String problem(IOException e) {
        if (!(e instanceof JacksonException jackson)) {
            return e.toString();
        }
        String message = jackson.getOriginalMessage();
        String firstLine = message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return path(mapping) + ": " + firstLine;
        }
        return firstLine;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
