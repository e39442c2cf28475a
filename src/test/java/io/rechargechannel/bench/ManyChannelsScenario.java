package io.rechargechannel.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 5: many channels, each its own store and token with ReCharge's real limit, synced side by side
 * by this instance's scheduler (24 workers).
 */
final class ManyChannelsScenario {

    /** ReCharge's steady-state ceiling for one token: 2 calls/s at 250 orders a page. */
    private static final double CEILING_PER_CHANNEL = 500;

    private final Bench bench;

    ManyChannelsScenario(Bench bench) {
        this.bench = bench;
    }

    void run() {
        int count = bench.settings().channels();
        int orders = bench.settings().channelOrders();
        String scenario = "5 many channels (" + count + " × " + Figure.format(orders) + " orders, 40 deep 2/s each)";
        List<Sandbox.Store> stores = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stores.add(bench.sandbox().create("bench-many-" + i, orders, 100 + i, true, null));
        }
        CpuMeter.Reading cpu = bench.cpu();
        List<Long> channels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            channels.add(bench.worker().createChannel("Many " + i, stores.get(i).token(),
                    bench.sandbox().rechargeBaseUrl(), 86_400, true));
        }
        List<List<Worker.Run>> runs = new ArrayList<>();
        for (long channel : channels) {
            runs.add(bench.worker().awaitFirstOrdersRun(channel, Duration.ofMinutes(15)));
        }
        CpuMeter.Split split = cpu.untilNow();
        Instant start = runs.stream().map(r -> r.get(0).startedAt()).min(Instant::compareTo).orElseThrow();
        List<Double> lags = new ArrayList<>();
        long created = 0;
        long throttled = 0;
        double idealLag = 0;
        for (int i = 0; i < count; i++) {
            Worker.Run ordersRun = Worker.ordersRun(runs.get(i));
            lags.add(Duration.between(start, ordersRun.finishedAt()).toNanos() / 1e9);
            created += ordersRun.created();
            Sandbox.Counters counters = bench.sandbox().counters(stores.get(i).id());
            throttled += counters.throttled();
            idealLag = Math.max(idealLag, Math.max(0, counters.requests() - 40) / 2.0);
            bench.sandbox().delete(stores.get(i).id());
        }
        double seconds = Stats.max(lags);
        bench.add(Figure.atLeast(scenario, "total orders/s (goal " + count + " × 500, the steady-state ceiling)",
                created / seconds, "orders/s", count * CEILING_PER_CHANNEL));
        bench.add(Figure.info(scenario, "slowest channel's lag: first run start to its last page written",
                seconds, "s"));
        bench.add(Figure.info(scenario, "fastest channel's lag", lags.stream().mapToDouble(d -> d).min().orElse(0),
                "s"));
        bench.add(Figure.info(scenario, "lag the rate limits alone would impose (slowest token)", idealLag, "s"));
        bench.add(Figure.atMost(scenario, "429 answers, all stores", throttled, "count", 0));
        if (created != (long) count * orders) {
            bench.note(scenario, "created " + created + " of " + (long) count * orders + " orders");
        }
        bench.noteCpu(scenario, split, created);
    }
}
