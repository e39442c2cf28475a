package io.rechargechannel.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 3: the packaged app as a worker in a JVM with {@code -Xmx256m}, backfilling a small and then a
 * large store (rate limit off). Heap after each GC comes from its {@code -Xlog:gc} file; after each backfill
 * a full GC ({@code jcmd GC.run}) shows what stays.
 */
final class MemoryScenario {

    private static final Pattern AFTER_GC = Pattern.compile("Pause (Young|Full).* (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Bench bench;

    MemoryScenario(Bench bench) {
        this.bench = bench;
    }

    void run() throws IOException {
        Path workDir = bench.settings().workDir().resolve("memory-worker");
        Path gcLog = workDir.resolve("gc.log");
        String scenario = "3 memory, worker JVM -Xmx256m (G1)";
        try (AppProcess worker = AppProcess.start("memory-worker", bench.settings().projectDir(), workDir,
                List.of("-Xmx256m", "-XX:+UseG1GC", "-Xlog:gc:file=" + gcLog + ":uptime"),
                Map.of("sandbox.enabled", "false", "sync.enabled", "true", "sync.tick", "1s",
                        "sync.initial-lookback", "3650d", "recharge.allowed-base-urls", "http://localhost"))) {
            Worker api = new Worker(worker.http());
            AppProcess.sleep(3000);
            bench.add(Figure.info(scenario, "heap after full GC, started and idle", fullGc(worker, gcLog), "MB"));
            double smallPeak = backfill(scenario, worker, api, gcLog, bench.settings().memorySmall(), 33);
            double largePeak = backfill(scenario, worker, api, gcLog, bench.settings().memoryLarge(), 34);
            bench.add(Figure.atMost(scenario, "peak heap after GC, large ÷ small backfill", largePeak / smallPeak,
                    "ratio", 1.25));
        }
    }

    /** Backfills one store; answers the peak heap after GC while it ran. */
    private double backfill(String scenario, AppProcess worker, Worker api, Path gcLog, int orders, long seed)
            throws IOException {
        String size = Figure.format(orders) + " orders";
        Sandbox.Store store = bench.sandbox().create("bench-memory-" + orders, orders, seed, false, null);
        long offset = Files.size(gcLog);
        long channel = api.createChannel("Memory " + orders, store.token(), bench.sandbox().rechargeBaseUrl(),
                86_400, true);
        Worker.Run run = Worker.ordersRun(api.awaitFirstOrdersRun(channel, Duration.ofMinutes(10)));
        AppProcess.sleep(500);
        double peak = peakAfterGc(gcLog, offset);
        bench.add(Figure.atLeast(scenario, size + ": backfill completed (orders created)", run.created(), "orders",
                orders));
        bench.add(Figure.info(scenario, size + ": peak heap after GC during the backfill", peak, "MB"));
        bench.add(Figure.info(scenario, size + ": heap after full GC once done", fullGc(worker, gcLog), "MB"));
        bench.add(Figure.info(scenario, size + ": orders/s in this JVM", run.created() / run.seconds(), "orders/s"));
        bench.sandbox().delete(store.id());
        return peak;
    }

    private static double fullGc(AppProcess worker, Path gcLog) throws IOException {
        long offset = Files.size(gcLog);
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(Files.exists(jcmd) ? jcmd.toString() : "jcmd",
                    String.valueOf(worker.pid()), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        AppProcess.sleep(1000);
        return lines(gcLog, offset).stream().map(AFTER_GC::matcher).filter(Matcher::find)
                .filter(m -> m.group(1).equals("Full")).mapToDouble(m -> Double.parseDouble(m.group(3)))
                .reduce((a, b) -> b).orElse(Double.NaN);
    }

    private static double peakAfterGc(Path gcLog, long offset) throws IOException {
        return lines(gcLog, offset).stream().map(AFTER_GC::matcher).filter(Matcher::find)
                .mapToDouble(m -> Double.parseDouble(m.group(3))).max().orElse(Double.NaN);
    }

    private static List<String> lines(Path file, long offset) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8).lines().toList();
    }
}
