package io.rechargechannel.web;

import jakarta.validation.ElementKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.Comparator;
import java.util.List;

/** Every error answer of this API: a sentence for people, and one detail per thing to fix. */
public record ErrorBody(String error, List<?> details) {

    public record FieldError(String field, String message) {
    }

    public static ErrorBody invalid(ConstraintViolationException e) {
        List<FieldError> fields = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return new ErrorBody("The request is invalid", fields);
    }

    /** Quarkus wraps a body that is not JSON at all into a bare 400; give it this API's shape. */
    public static Response unreadable(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return Response.status(Response.Status.BAD_REQUEST).entity(unreadable(json)).type("application/json").build();
        }
        return e.getResponse();
    }

    /** A body Jackson could not read. The offending value is never echoed: it may be a pasted token. */
    public static ErrorBody unreadable(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
            return new ErrorBody("The request body could not be read",
                    List.of(new FieldError(field == null ? "request" : field, "has the wrong type or format")));
        }
        return new ErrorBody("The request body is not valid JSON", List.of());
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
