package io.rechargechannel.sandbox;

import io.vertx.core.MultiMap;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prints (never asserts) what a 100,000-order store costs: generation time, retained heap, and the time to
 * list and render 250-order pages. Run: {@code ./mvnw test -Dtest=SandboxBenchmark -Dsandbox.bench=true}.
 */
@EnabledIfSystemProperty(named = "sandbox.bench", matches = "true")
class SandboxBenchmark {

    private static final Logger LOG = Logger.getLogger(SandboxBenchmark.class);
    private static final int ORDERS = 100_000;

    @Test
    void hundredThousandOrders() {
        StoreSpec spec = StoreSpec.of("Benchmark", ORDERS, 200).withSeed(1);
        StoreGenerator.generate(spec, Instant.now(), 1, Duration.ofMinutes(15));
        long heapBefore = usedHeap();
        long started = System.nanoTime();
        StoreData data = StoreGenerator.generate(spec, Instant.now(), 2, Duration.ofMinutes(15));
        long generationMillis = (System.nanoTime() - started) / 1_000_000;
        long heapAfter = usedHeap();
        LOG.infof("generated %,d orders in %,d ms; retained heap %.1f MB (%d bytes per order)", data.orderCount(),
                generationMillis, (heapAfter - heapBefore) / 1e6, (heapAfter - heapBefore) / ORDERS);
        for (int round = 0; round < 3; round++) {
            for (String sort : List.of("updated_at-asc", "id-desc")) {
                pageThrough(data, sort, round == 2);
            }
        }
        pageThrough(data, "updated_at-asc&status=queued", true);
    }

    private static void pageThrough(StoreData data, String query, boolean report) {
        List<Long> nanos = new ArrayList<>();
        long bytes = 0;
        MultiMap params = MultiMap.caseInsensitiveMultiMap().add("limit", "250");
        for (String part : ("sort_by=" + query).split("&")) {
            String[] kv = part.split("=");
            params.add(kv[0], kv[1]);
        }
        String cursor = null;
        do {
            long started = System.nanoTime();
            Answer answer = OrderEndpoints.list(data, params);
            nanos.add(System.nanoTime() - started);
            bytes += answer.body().length;
            cursor = nextCursor(answer.body());
            params = MultiMap.caseInsensitiveMultiMap().add("limit", "250").add("cursor", String.valueOf(cursor));
        } while (cursor != null);
        if (report) {
            Collections.sort(nanos);
            LOG.infof("sort_by=%s: %d pages, median %.2f ms, p95 %.2f ms, max %.2f ms per 250-order page, %.0f KB per page",
                    query, nanos.size(), nanos.get(nanos.size() / 2) / 1e6, nanos.get(nanos.size() * 95 / 100) / 1e6,
                    nanos.get(nanos.size() - 1) / 1e6, bytes / 1024.0 / nanos.size());
        }
    }

    private static String nextCursor(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 2000), java.nio.charset.StandardCharsets.UTF_8);
        int start = head.indexOf("\"next_cursor\":");
        String rest = head.substring(start + 14);
        return rest.startsWith("null") ? null : rest.substring(1, rest.indexOf('"', 1));
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
