package io.rechargechannel.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scenario 6: a live store (new orders and updates every minute) synced on a short interval by the
 * scheduler (1 s tick); orders created through the sandbox's control API are timed until the orders API
 * lists them. The orders API is polled every 100 ms.
 */
final class FreshnessScenario {

    private final Bench bench;

    FreshnessScenario(Bench bench) {
        this.bench = bench;
    }

    void run() {
        int interval = bench.settings().freshnessInterval();
        String scenario = "6 freshness (live store, interval " + interval + " s, tick 1 s, "
                + bench.settings().freshnessSeconds() + " s of new orders)";
        Sandbox.Store store = bench.sandbox().create("bench-fresh", 500, 44, true,
                Map.of("ordersPerMinute", 6, "updatesPerMinute", 30));
        long channel = bench.worker().createChannel("Fresh", store.token(), bench.sandbox().rechargeBaseUrl(),
                interval, true);
        bench.worker().awaitFirstOrdersRun(channel, Duration.ofMinutes(2));
        Map<Long, Long> createdAt = new ConcurrentHashMap<>();
        Map<Long, Double> seenAfter = new ConcurrentHashMap<>();
        Thread poller = new Thread(() -> poll(channel, createdAt, seenAfter), "bench-freshness-poller");
        poller.setDaemon(true);
        poller.start();
        SplittableRandom random = new SplittableRandom(6);
        long end = System.nanoTime() + bench.settings().freshnessSeconds() * 1_000_000_000L;
        while (System.nanoTime() < end) {
            AppProcess.sleep(2000 + random.nextInt(2000));
            long before = System.nanoTime();
            createdAt.put(bench.sandbox().addOrder(store.id()), before);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(interval + 10L).toNanos();
        while (seenAfter.size() < createdAt.size() && System.nanoTime() < deadline) {
            AppProcess.sleep(100);
        }
        poller.interrupt();
        bench.worker().deactivate(channel);
        bench.sandbox().delete(store.id());
        List<Double> latencies = new ArrayList<>(seenAfter.values());
        bench.add(Figure.atMost(scenario, "order created → in GET /api/orders, max of " + createdAt.size(),
                Stats.max(latencies), "s", interval + 2));
        bench.add(Figure.info(scenario, "median", Stats.median(latencies), "s"));
        bench.add(Figure.info(scenario, "90th percentile", Stats.percentile(latencies, 90), "s"));
        bench.add(Figure.atMost(scenario, "orders never seen", createdAt.size() - seenAfter.size(), "count", 0));
    }

    private void poll(long channel, Map<Long, Long> createdAt, Map<Long, Double> seenAfter) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                JsonNode page = bench.worker().http().get("/api/orders?channel=" + channel + "&size=100");
                long now = System.nanoTime();
                for (JsonNode order : page.get("items")) {
                    long id = order.get("rechargeOrderId").asLong();
                    Long created = createdAt.get(id);
                    if (created != null) {
                        seenAfter.putIfAbsent(id, (now - created) / 1e9);
                    }
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                AppProcess.sleep(100);
            }
        }
    }
}
