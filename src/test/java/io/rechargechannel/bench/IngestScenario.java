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

    void run() throws Exception {
        int orders = bench.settings().ingestOrders();
        int naiveOrders = Math.min(orders, bench.settings().naiveOrders());
        String scenario = "2 ingest, rate limit off (" + Figure.format(orders) + " orders, 1-5 lines)";
        Sandbox.Store store = bench.sandbox().create("bench-ingest", orders, 22, false, null);
        List<Double> fast = new ArrayList<>();
        CpuMeter.Split[] fastCpu = new CpuMeter.Split[1];
        try (AutoCloseable profile = HotMethods.around(bench, "2 ingest, sync", "ingest-sync.jfr")) {
            for (int rep = 1; rep <= bench.settings().ingestReps(); rep++) {
                CpuMeter.Reading cpu = bench.cpu();
                fast.add(syncOnce(scenario, store, rep, orders));
                CpuMeter.Split split = cpu.untilNow();
                fastCpu[0] = fastCpu[0] == null || split.machine() < fastCpu[0].machine() ? split : fastCpu[0];
            }
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
            int written = naive.importFirst(channel, credentials, naiveOrders);
            slow.add(written / ((System.nanoTime() - started) / 1e9));
            naiveCpu = cpu.untilNow();
            check(scenario, "naive", written, naiveOrders);
        }
        bench.sandbox().delete(store.id());
        double fastMedian = Stats.median(fast);
        bench.add(Figure.atLeast(scenario, "sync (set-based importer): orders/s into PostgreSQL, median of "
                + fast.size(), fastMedian, "orders/s", 5_000));
        bench.add(Figure.info(scenario, "naive (em.merge per order, tx per page): orders/s, first "
                + Figure.format(naiveOrders) + " of the same orders, median of " + slow.size(), Stats.median(slow),
                "orders/s"));
        bench.add(Figure.info(scenario, "sync ÷ naive", fastMedian / Stats.median(slow), "ratio"));
        bench.note(scenario, "sync repetitions " + rounded(fast) + " orders/s; naive " + rounded(slow) + " orders/s");
        if (fastCpu[0] != null) {
            double own = (fastCpu[0].worker() + fastCpu[0].postgres()) / (orders / 1000.0);
            bench.add(Figure.info(scenario, "sync: CPU per 1,000 orders, worker JVM + its PostgreSQL", own, "s"));
            bench.add(Figure.info(scenario, "sync: orders/s that CPU cost allows on 2 idle cores", 2000 / own,
                    "orders/s"));
            bench.noteCpu(scenario + " sync (least CPU of the repetitions)", fastCpu[0], orders);
        }
        if (naiveCpu != null) {
            double own = (naiveCpu.worker() + naiveCpu.postgres()) / (naiveOrders / 1000.0);
            bench.add(Figure.info(scenario, "naive: CPU per 1,000 orders, worker JVM + its PostgreSQL", own, "s"));
            bench.noteCpu(scenario + " naive", naiveCpu, naiveOrders);
        }
    }

    /** One backfill by the scheduler into a new channel; answers its orders per second. */
    private double syncOnce(String scenario, Sandbox.Store store, int rep, int orders) {
        long channel = bench.worker().createChannel("Ingest " + rep, store.token(), bench.sandbox().rechargeBaseUrl(),
                86_400, true);
        Worker.Run run = Worker.ordersRun(bench.worker().awaitFirstOrdersRun(channel, Duration.ofMinutes(10)));
        check(scenario, "sync", run.created(), orders);
        return run.created() / run.seconds();
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
