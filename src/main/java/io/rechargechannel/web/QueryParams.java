package io.rechargechannel.web;

import io.rechargechannel.orders.FulfilmentStatus;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Query parameters read by hand, so that a bad value answers 400 saying what is accepted (not a bare 404). */
final class QueryParams {

    private QueryParams() {
    }

    static FulfilmentStatus fulfilmentStatus(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FulfilmentStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw badRequest("status must be one of " + Arrays.toString(FulfilmentStatus.values()) + ", not '" + value + "'");
        }
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw badRequest(name + " must be an ISO-8601 instant such as 2026-11-21T09:00:00Z, not '" + value + "'");
        }
    }

    static BadRequestException badRequest(String message) {
        return new BadRequestException(Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build());
    }
}
