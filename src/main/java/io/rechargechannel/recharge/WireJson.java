package io.rechargechannel.recharge;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads ReCharge bodies: a JSON tree first, then each list element bound on its own so that one bad
 * element becomes a {@link WireRecord} with a problem instead of failing the page. Lenient on purpose
 * (unknown fields ignored, amounts as strings or numbers, {@code is_prepaid} as 0/1 or a boolean).
 */
final class WireJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    JsonNode parse(byte[] body) throws IOException {
        JsonNode root = mapper.readTree(body);
        if (root == null || root.isMissingNode()) {
            throw new IOException("empty body");
        }
        return root;
    }

    /** The object under {@code key} ({@code {"store": {...}}}); a body without it is not ReCharge's shape. */
    <T> T single(JsonNode root, String key, Class<T> type) {
        JsonNode node = root.get(key);
        if (node == null || !node.isObject()) {
            throw new WireShapeException("the body has no \"" + key + "\" object");
        }
        try {
            return mapper.treeToValue(node, type);
        } catch (JacksonException e) {
            throw new WireShapeException("\"" + key + "\" cannot be read: " + problem(e));
        }
    }

    <T> List<WireRecord<T>> list(JsonNode root, String key, Class<T> type) {
        JsonNode array = root.get(key);
        if (array == null || !array.isArray()) {
            throw new WireShapeException("the body has no \"" + key + "\" list");
        }
        List<WireRecord<T>> records = new ArrayList<>(array.size());
        array.forEach(element -> records.add(bind(element, type)));
        return records;
    }

    /** A cursor field: null, absent and empty all mean "no more pages". */
    static String cursor(JsonNode root, String key) {
        JsonNode node = root.get(key);
        return node == null || node.isNull() || node.asText().isEmpty() ? null : node.asText();
    }

    <T> WireRecord<T> bind(JsonNode element, Class<T> type) {
        String raw = element.toString();
        try {
            return new WireRecord<>(mapper.treeToValue(element, type), raw, null);
        } catch (JacksonException e) {
            return new WireRecord<>(null, raw, problem(e));
        }
    }

    private static String problem(JacksonException e) {
        String message = e.getOriginalMessage();
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
