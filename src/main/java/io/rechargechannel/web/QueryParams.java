package io.rechargechannel.web;

import io.rechargechannel.orders.FulfilmentStatus;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Query parameters read by hand, so that a bad value answers 400 saying what is accepted, without echoing it. */
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
            throw ApiProblem.badParameter("status", "must be one of " + Arrays.stream(FulfilmentStatus.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badParameter(name, "must be an ISO-8601 instant such as 2026-11-21T09:00:00Z");
        }
    }

    /** An enum constant by name (any case), or null when absent; 400 naming the accepted values otherwise. */
    static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badParameter(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
