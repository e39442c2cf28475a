package io.rechargechannel.web;

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

    /** The last node of "add.request.name" is the JSON field the client sent. */
    private static String field(ConstraintViolation<?> violation) {
        String field = "request";
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName() == null ? field : node.getName();
        }
        return field;
    }
}
