package io.rechargechannel.web.pages;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reading a posted form the way every settings page does: the fields' texts as typed, and constraint violations
 * turned into sentences next to their fields ("Accent colour must be a colour such as #1d4ed8").
 */
final class FormFields {

    private final Map<String, String> labels;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    private FormFields(Map<String, String> labels, MultivaluedMap<String, String> posted) {
        this.labels = labels;
        labels.keySet().forEach(field -> values.put(field, orEmpty(posted.getFirst(field))));
    }

    /** The posted texts of the labelled fields (missing ones as empty texts). */
    static FormFields read(Map<String, String> labels, MultivaluedMap<String, String> posted) {
        return new FormFields(labels, posted);
    }

    String text(String field) {
        return values.get(field);
    }

    boolean ticked(String field) {
        return "true".equals(values.get(field)) || "on".equals(values.get(field));
    }

    /** A whole number, or null when empty; a text that is not one is an error on the field. */
    Integer number(String field) {
        String text = values.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            error(field, "must be a whole number");
            return null;
        }
    }

    void error(String field, String message) {
        errors.putIfAbsent(field, sentence(field, message));
    }

    <T> void check(Set<ConstraintViolation<T>> violations) {
        violations.forEach(violation -> error(field(violation.getPropertyPath()), violation.getMessage()));
    }

    boolean valid() {
        return errors.isEmpty();
    }

    FormState state() {
        return new FormState(values, errors);
    }

    /** Puts a value the page shows but the form does not send back (a password is never shown again). */
    FormFields blank(String field) {
        values.put(field, "");
        return this;
    }

    private String sentence(String field, String message) {
        return Character.isUpperCase(message.charAt(0)) ? message : labels.getOrDefault(field, "This field") + " " + message;
    }

    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        path.forEach(node -> {
            if (node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        });
        return field.toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
