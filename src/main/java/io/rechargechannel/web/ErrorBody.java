package io.rechargechannel.web;

import jakarta.validation.ElementKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;

/**
 * Every error answer of this API: a sentence for people, and one detail per thing to fix, each naming the
 * field (of the body, a path or query parameter, or a header such as {@code Content-Type}) and what is wrong
 * with it. Never the submitted value: it may be a pasted access token.
 */
public record ErrorBody(String error, List<FieldError> details) {

    public record FieldError(String field, String message) {
    }

    public ErrorBody {
        details = List.copyOf(details);
    }

    public static ErrorBody of(String error) {
        return new ErrorBody(error, List.of());
    }

    public static ErrorBody of(String error, String field, String message) {
        return new ErrorBody(error, List.of(new FieldError(field, message)));
    }

    public static ErrorBody invalid(ConstraintViolationException e) {
        List<FieldError> fields = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return new ErrorBody("The request is invalid", fields);
    }

    /** A body Jackson could not read: names the field, never echoes its value. */
    public static ErrorBody unreadable(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return of("The request body has a field this request does not take", unknown.getPropertyName(),
                    "is not a field of this request");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
            return of("The request body could not be read", field == null ? "request" : field,
                    "has the wrong type or format");
        }
        return of("The request body is not valid JSON");
    }

    /** "add.request.brand.logoUrl" names the JSON field "brand.logoUrl": the method and parameter nodes go. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            boolean inBody = node.getKind() == ElementKind.PROPERTY
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT;
            if (inBody && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? lastName(violation) : field.toString();
    }

    /** A query or path parameter: its own name. */
    private static String lastName(ConstraintViolation<?> violation) {
        String name = "request";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName() == null ? name : node.getName();
        }
        return name;
    }
}
