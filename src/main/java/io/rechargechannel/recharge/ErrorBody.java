package io.rechargechannel.recharge;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ReCharge's words from an error body: {@code errors}, then {@code error}, then {@code warning}; each may be
 * a string, an array, or an object of fields (nested or not). Anything else yields the raw body.
 */
record ErrorBody(String message, List<String> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_RAW = 500;

    static ErrorBody parse(String body) {
        if (body == null || body.isBlank()) {
            return new ErrorBody(null, List.of());
        }
        try {
            return fromTree(JSON.readTree(body), body);
        } catch (JacksonException notJson) {
            return raw(body);
        }
    }

    boolean mentions(String field) {
        return fields.contains(field) || (message != null && message.toLowerCase().contains(field));
    }

    private static ErrorBody fromTree(JsonNode root, String body) {
        for (String key : List.of("errors", "error", "warning")) {
            JsonNode value = root == null ? null : root.get(key);
            if (value != null && !value.isNull()) {
                List<String> parts = new ArrayList<>();
                flatten("", value, parts);
                List<String> fields = value.isObject() ? fieldNames(value) : List.of();
                return new ErrorBody(String.join("; ", parts), fields);
            }
        }
        return raw(body);
    }

    private static void flatten(String prefix, JsonNode value, List<String> into) {
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                flatten(prefix + field.getKey() + ".", field.getValue(), into);
            }
        } else if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
            into.add(label(prefix) + String.join(", ", items));
        } else {
            into.add(label(prefix) + value.asText());
        }
    }

    private static String label(String prefix) {
        return prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1) + ": ";
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ErrorBody raw(String body) {
        String trimmed = body.strip();
        return new ErrorBody(trimmed.length() > MAX_RAW ? trimmed.substring(0, MAX_RAW) + "…" : trimmed, List.of());
    }
}
