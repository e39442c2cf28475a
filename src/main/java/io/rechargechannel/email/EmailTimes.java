package io.rechargechannel.email;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moments as emails and timeline lines word them. */
final class EmailTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private EmailTimes() {
    }

    static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }
}
