package io.rechargechannel.web.pages;

import io.quarkus.qute.TemplateData;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A form as the person sees it: the values they typed (or the saved ones), and what is wrong with which field.
 * Fields are named as in the JSON API ({@code brand.logoUrl}); the form tags in {@code templates/tags} read it.
 */
@TemplateData
public record FormState(Map<String, String> values, Map<String, String> errors) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** One problem, for the error summary at the top of the form. */
    public record Problem(String field, String message) {
    }

    public FormState {
        values = new LinkedHashMap<>(values);
        errors = new LinkedHashMap<>(errors);
    }

    public static FormState of(Map<String, String> values) {
        return new FormState(values, Map.of());
    }

    public FormState withErrors(Map<String, String> newErrors) {
        return new FormState(values, newErrors);
    }

    public FormState withValue(String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put(field, value);
        return new FormState(changed, errors);
    }

    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    public boolean checked(String field) {
        return "true".equals(values.get(field)) || "on".equals(values.get(field));
    }

    public boolean selected(String field, String option) {
        return option.equals(value(field));
    }

    public String colourOr(String field, String fallback) {
        String value = value(field);
        return COLOUR.matcher(value).matches() ? value.toLowerCase() : fallback;
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** True when a field whose name starts with {@code prefix} has an error: marks a tab that needs a look. */
    public boolean hasErrorIn(String prefix) {
        return errors.keySet().stream().anyMatch(field -> field.startsWith(prefix));
    }

    public List<Problem> summary() {
        return errors.entrySet().stream().map(e -> new Problem(e.getKey(), e.getValue())).toList();
    }
}
