package io.rechargechannel.email;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code email_queued_total}, {@code email_sent_total}, {@code email_failed_total} (attempts that failed),
 * {@code email_not_sent_total} (closed by a send-time rule), each by {@code kind}, and
 * {@code email_oldest_due_age_seconds}: how long the oldest due email has waited (0 when none), as the sender's
 * last look saw it.
 */
@ApplicationScoped
public class EmailMetrics {

    private final MeterRegistry registry;
    private final AtomicLong oldestDueSeconds = new AtomicLong();

    EmailMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("email_oldest_due_age_seconds", oldestDueSeconds, AtomicLong::get)
                .description("Age of the oldest email that is due and not yet sent").register(registry);
    }

    void queued(EmailKind kind) {
        counter("email_queued_total", kind).increment();
    }

    void sent(EmailKind kind) {
        counter("email_sent_total", kind).increment();
    }

    void failed(EmailKind kind) {
        counter("email_failed_total", kind).increment();
    }

    void notSent(EmailKind kind) {
        counter("email_not_sent_total", kind).increment();
    }

    void oldestDue(long seconds) {
        oldestDueSeconds.set(seconds);
    }

    private Counter counter(String name, EmailKind kind) {
        return Counter.builder(name).tag("kind", kind.name()).register(registry);
    }
}
