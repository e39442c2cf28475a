package io.rechargechannel.sandbox;

import io.vertx.core.MultiMap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and validates list query parameters, collecting every problem into one 422 as ReCharge does. */
final class ListParams {

    static final int MAX_LIMIT = 250;
    private static final Set<String> ALLOWED_WITH_CURSOR = Set.of("cursor", "limit");

    private final MultiMap params;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    ListParams(MultiMap params) {
        this.params = params;
    }

    int limit() {
        String raw = params.get("limit");
        if (raw == null) {
            return 50;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below like any other out-of-range value
        }
        error("limit", "Must be an integer between 1 and " + MAX_LIMIT + ".");
        return 50;
    }

    /** The cursor, if any; a cursor with any parameter but limit is a 422, as on ReCharge. */
    String cursor() {
        String cursor = params.get("cursor");
        if (cursor != null) {
            List<String> others = params.names().stream().filter(n -> !ALLOWED_WITH_CURSOR.contains(n)).sorted().toList();
            if (!others.isEmpty()) {
                error("cursor", "A cursor can only be combined with limit; remove " + String.join(", ", others));
            }
        }
        return cursor;
    }

    OrderQuery orderQuery() {
        String sort = params.get("sort_by");
        SortBy sortBy = sort == null ? SortBy.ID_DESC : SortBy.fromWire(sort).orElse(null);
        if (sortBy == null) {
            error("sort_by", "Invalid value: " + sort + ". Must be one of id-asc, id-desc, updated_at-asc, updated_at-desc");
        }
        return new OrderQuery(sortBy, time("updated_at_min"), time("updated_at_max"), time("created_at_min"),
                time("created_at_max"), params.get("status"), type(), ids());
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new RechargeError(422, errors);
        }
    }

    private String type() {
        String type = params.get("type");
        if (type != null && !type.equals("checkout") && !type.equals("recurring")) {
            error("type", "Must be one of checkout, recurring");
        }
        return type;
    }

    private List<Long> ids() {
        String raw = params.get("ids");
        if (raw == null) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (String part : raw.split(",")) {
            try {
                ids.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                error("ids", "Invalid id: " + part.trim());
            }
        }
        return List.copyOf(ids);
    }

    private Long time(String name) {
        String raw = params.get(name);
        if (raw == null) {
            return null;
        }
        try {
            return parseTime(raw.trim()).getEpochSecond();
        } catch (DateTimeParseException e) {
            error(name, "Invalid date: " + raw + ". Must be a valid ISO-8601 datetime string");
            return null;
        }
    }

    /** Accepts an offset date-time, a local date-time (taken as UTC) or a date. */
    static Instant parseTime(String raw) {
        if (raw.length() == 10) {
            return LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(raw).toInstant(ZoneOffset.UTC);
        }
    }

    private void error(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }
}
