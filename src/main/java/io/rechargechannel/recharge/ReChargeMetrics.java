package io.rechargechannel.recharge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/** Micrometer meters for ReCharge traffic. Tagged by status and outcome only: never by token. */
@ApplicationScoped
class ReChargeMetrics {

    private final MeterRegistry registry;

    ReChargeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void answered(int status, Duration took) {
        record(String.valueOf(status), outcome(status), took);
    }

    void noAnswer(Duration took) {
        record("none", "io_error", took);
    }

    void throttled() {
        Counter.builder("recharge.throttled").description("429 answers from ReCharge").register(registry).increment();
    }

    void retried() {
        Counter.builder("recharge.retries").description("ReCharge attempts repeated after a transient failure")
                .register(registry).increment();
    }

    private void record(String status, String outcome, Duration took) {
        Counter.builder("recharge.requests").description("HTTP requests sent to ReCharge")
                .tag("status", status).tag("outcome", outcome).register(registry).increment();
        Timer.builder("recharge.request.duration").description("Time from sending a ReCharge request to its full answer")
                .tag("outcome", outcome).register(registry).record(took);
    }

    private static String outcome(int status) {
        if (status == 429) {
            return "throttled";
        }
        return switch (status / 100) {
            case 2 -> "success";
            case 4 -> "client_error";
            case 5 -> "server_error";
            default -> "other";
        };
    }
}
