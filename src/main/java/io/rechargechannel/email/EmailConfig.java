package io.rechargechannel.email;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The email outbox and its sender ({@code email.*}); SMTP itself is {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "email")
public interface EmailConfig {

    /** Where links in emails point (unsubscribe): this service as customers reach it. */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    Sender sender();

    Retry retry();

    /** A customer gets at most one feedback email in this window, whatever their number of orders. */
    @WithDefault("30d")
    Duration feedbackWindow();

    /** Readiness reports mail as degraded when the oldest due email waits longer than this. */
    @WithDefault("15m")
    Duration degradedAfter();

    interface Sender {
        /** How often the sender looks for due emails ({@code off} turns the scheduled sender off). */
        @WithDefault("5s")
        String every();

        /** Rows claimed at a time. */
        @WithDefault("50")
        int batchSize();

        /** Emails handed to SMTP at once by one instance. */
        @WithDefault("8")
        int parallelism();

        /**
         * How long a claim holds a row: a sender that dies leaves its rows to others after this. Longer than one
         * send may take ({@code quarkus.mailer.timeout}), shorter than a minute.
         */
        @WithDefault("45s")
        Duration claim();
    }

    interface Retry {
        /** Attempts before a row is marked failed: with the delays below, the last one about 4 hours after the first. */
        @WithDefault("9")
        int maxAttempts();

        /** Wait after the first failure; doubled after each further one (1 min, 2, 4 … 64 min, then the maximum). */
        @WithDefault("1m")
        Duration initialDelay();

        @WithDefault("2h")
        Duration maxDelay();
    }
}
