package io.rechargechannel.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncTrigger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 1, a backfill against ReCharge's real limit, and scenario 4, the idle poll of a channel that has
 * caught up.
 */
final class BackfillScenario {

    private static final double BUCKET = 40;
    private static final double LEAK_PER_SECOND = 2;

    private final Bench bench;
    private long channelId;
    private Sandbox.Store store;

    BackfillScenario(Bench bench) {
        this.bench = bench;
    }

    void backfill() {
        int orders = bench.settings().backfillOrders();
        String scenario = "1 backfill at the rate limit (" + Figure.format(orders) + " orders, 40 deep 2/s)";
        store = bench.sandbox().create("bench-backfill", orders, 11, true, null);
        Sandbox.Counters before = bench.sandbox().counters(store.id());
        CounterSampler sampler = new CounterSampler(() -> bench.sandbox().counters(store.id()).requests(), 250);
        channelId = bench.worker().createChannel("Backfill", store.token(), bench.sandbox().rechargeBaseUrl(),
                86_400, true);
        List<Worker.Run> runs = bench.worker().awaitFirstOrdersRun(channelId, Duration.ofMinutes(8));
        List<CounterSampler.Sample> samples = sampler.stop();
        Sandbox.Counters after = bench.sandbox().counters(store.id());
        Worker.Run ordersRun = Worker.ordersRun(runs);
        double seconds = Duration.between(runs.get(0).startedAt(), ordersRun.finishedAt()).toNanos() / 1e9;
        int requests = runs.stream().mapToInt(Worker.Run::requests).sum();
        double steady = CounterSampler.steadyRate(samples, before.requests() + 1, 40);
        bench.add(Figure.atLeast(scenario, "requests ÷ allowed (40 + 2·T), whole run", requests
                / (BUCKET + LEAK_PER_SECOND * seconds), "share", 0.95));
        bench.add(Figure.atLeast(scenario, "steady-state request rate ÷ 2/s (after the first 40 s)",
                steady / LEAK_PER_SECOND, "share", 0.95));
        bench.add(Figure.atMost(scenario, "429 answers (sandbox count)", after.throttled() - before.throttled(),
                "count", 0));
        bench.add(Figure.info(scenario, "orders per second (ceiling 500 at 250 a page)",
                ordersRun.created() / ordersRun.seconds(), "orders/s"));
        bench.add(Figure.info(scenario, "requests / run time T", requests, "requests"));
        bench.add(Figure.info(scenario, "run time T (products + orders runs)", seconds, "s"));
        if (ordersRun.created() != orders) {
            bench.note(scenario, "only " + ordersRun.created() + " of " + orders + " orders were created");
        }
        bench.sandbox().delete(store.id());
    }

    /**
     * Scenario 4: a caught-up channel polled again and again, each run timed in this thread. Its own small
     * store: the sandbox gives every order changed in the last days of its history the same updated_at (the
     * hour it was generated), and the 10-minute overlap would re-read all of them on each poll.
     */
    void idlePolls(ChannelSync sync, MeterRegistry registry) {
        int orders = 1_000;
        String scenario = "4 idle poll (caught-up channel of " + Figure.format(orders) + " orders, "
                + bench.settings().idleReps() + " polls)";
        store = bench.sandbox().create("bench-idle", orders, 12, true, null);
        channelId = bench.worker().createChannel("Idle", store.token(), bench.sandbox().rechargeBaseUrl(),
                86_400, true);
        bench.worker().awaitFirstOrdersRun(channelId, Duration.ofMinutes(2));
        sync.run(channelId, SyncTrigger.MANUAL);
        List<Double> wall = new ArrayList<>();
        List<Double> http = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        long maxRequests = 0;
        CpuMeter.Reading cpu = bench.cpu();
        for (int i = 0; i < bench.settings().idleReps(); i++) {
            long requestsBefore = bench.sandbox().counters(store.id()).requests();
            double httpBefore = httpMillis(registry);
            long started = System.nanoTime();
            sync.run(channelId, SyncTrigger.MANUAL);
            double took = (System.nanoTime() - started) / 1e6;
            double httpTook = httpMillis(registry) - httpBefore;
            maxRequests = Math.max(maxRequests, bench.sandbox().counters(store.id()).requests() - requestsBefore);
            wall.add(took);
            http.add(httpTook);
            rest.add(took - httpTook);
        }
        // /proc counts CPU in 10 ms ticks: read once around all the polls, then divide
        CpuMeter.Split polls = cpu.untilNow();
        int reps = bench.settings().idleReps();
        Worker.Run last = Worker.ordersRun(bench.worker().runs(channelId));
        bench.add(Figure.atMost(scenario, "ReCharge requests per poll (max)", maxRequests, "requests", 1));
        bench.add(Figure.atMost(scenario, "database time: the worker's PostgreSQL CPU per poll, mean of "
                + reps, polls.postgres() * 1000 / reps, "ms", 10));
        bench.add(Figure.info(scenario, "worker JVM CPU per poll, mean (HTTP client, JSON, sync)",
                polls.worker() * 1000 / reps, "ms"));
        bench.add(Figure.atMost(scenario, "time outside HTTP: database + app, median", Stats.median(rest), "ms", 10));
        bench.add(Figure.info(scenario, "time outside HTTP, least of the polls", rest.stream().mapToDouble(d -> d)
                .min().orElse(Double.NaN), "ms"));
        bench.add(Figure.info(scenario, "whole run, median (ChannelSync.run wall time)", Stats.median(wall), "ms"));
        bench.add(Figure.info(scenario, "HTTP request, median", Stats.median(http), "ms"));
        bench.add(Figure.info(scenario, "orders re-read per poll (10 min overlap), unchanged", last.recordsSeen(),
                "orders"));
        bench.sandbox().delete(store.id());
    }

    private static double httpMillis(MeterRegistry registry) {
        return registry.find("recharge.request.duration").timers().stream()
                .mapToDouble(t -> t.totalTime(TimeUnit.MILLISECONDS)).sum();
    }
}
