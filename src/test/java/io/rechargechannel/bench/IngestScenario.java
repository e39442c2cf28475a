package io.rechargechannel.bench;

import io.rechargechannel.recharge.ReChargeCredentials;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 2: the same store, rate limit off, read by the real sync (scheduler, client, set-based importer,
 * stock) and by the naive importer; each repetition into a new channel, so every order is an insert.
 */
final class IngestScenario {

    private final Bench bench;
    private final NaiveImporter naive;

    IngestScenario(Bench bench, NaiveImporter naive) {
        this.bench = bench;
        this.naive = naive;
    }

    void run() {
        int orders = bench.settings().ingestOrders();
        String scenario = "2 ingest, rate limit off (" + Figure.format(orders) + " orders, 1-5 lines)";
        Sandbox.Store store = bench.sandbox().create("bench-ingest", orders, 22, false, null);
        List<Double> fast = new ArrayList<>();
        CpuMeter.Split fastCpu = null;
        for (int rep = 1; rep <= bench.settings().ingestReps(); rep++) {
            CpuMeter.Reading cpu = bench.cpu();
            long channel = bench.worker().createChannel("Ingest " + rep, store.token(),
                    bench.sandbox().rechargeBaseUrl(), 86_400, true);
            Worker.Run run = Worker.ordersRun(bench.worker().awaitFirstOrdersRun(channel, Duration.ofMinutes(10)));
            CpuMeter.Split split = cpu.untilNow();
            check(scenario, "sync", run.created(), orders);
            fast.add(run.created() / run.seconds());
            fastCpu = fastCpu == null || split.machine() < fastCpu.machine() ? split : fastCpu;
        }
        List<Double> slow = new ArrayList<>();
        CpuMeter.Split naiveCpu = null;
        ReChargeCredentials credentials = new ReChargeCredentials(URI.create(bench.sandbox().rechargeBaseUrl()),
                store.token());
        for (int rep = 1; rep <= bench.settings().naiveReps(); rep++) {
            long channel = bench.worker().createChannel("Naive " + rep, store.token(),
                    bench.sandbox().rechargeBaseUrl(), 86_400, false);
            CpuMeter.Reading cpu = bench.cpu();
            long started = System.nanoTime();
            int written = naive.importAll(channel, credentials);
            slow.add(written / ((System.nanoTime() - started) / 1e9));
            naiveCpu = cpu.untilNow();
            check(scenario, "naive", written, orders);
        }
        bench.sandbox().delete(store.id());
        double fastMedian = Stats.median(fast);
        bench.add(Figure.atLeast(scenario, "sync (set-based importer): orders/s into PostgreSQL, median of "
                + fast.size(), fastMedian, "orders/s", 5_000));
        bench.add(Figure.info(scenario, "naive (em.merge per order, tx per page): orders/s, median of "
                + slow.size(), Stats.median(slow), "orders/s"));
        bench.add(Figure.info(scenario, "sync ÷ naive", fastMedian / Stats.median(slow), "ratio"));
        bench.note(scenario, "sync repetitions " + rounded(fast) + " orders/s; naive " + rounded(slow) + " orders/s");
        if (fastCpu != null) {
            bench.noteCpu(scenario + " sync", fastCpu, orders);
        }
        if (naiveCpu != null) {
            bench.noteCpu(scenario + " naive", naiveCpu, orders);
        }
    }

    private void check(String scenario, String path, int created, int expected) {
        if (created != expected) {
            bench.note(scenario, path + " wrote " + created + " of " + expected + " orders");
        }
    }

    private static List<String> rounded(List<Double> values) {
        return values.stream().map(Figure::format).toList();
    }
}
