package io.rechargechannel.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Data sizes and repetitions, each a system property ({@code ./mvnw -Pbench verify -Dbench.ingest.reps=5}).
 * {@code bench.scenarios} picks scenarios by number, e.g. {@code 1,4}.
 */
record BenchSettings(Path projectDir, Set<Integer> scenarios, int backfillOrders, int idleReps, int ingestOrders,
                     int ingestReps, int naiveOrders, int naiveReps, int memorySmall, int memoryLarge, int channels,
                     int channelOrders, int freshnessSeconds, int freshnessInterval, int despatchOrders,
                     int despatchBatch, int despatchReps) {

    /** Every scenario: 1 to 9 in SyncBenchmark, 10 and 11 in EmailBenchmark. */
    static final String DEFAULT_SCENARIOS = "1,2,3,4,5,6,7,8,9,10,11";

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(Path.of(System.getProperty("bench.project-dir", ".")).toAbsolutePath(),
                Arrays.stream(System.getProperty("bench.scenarios", DEFAULT_SCENARIOS).split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).collect(Collectors.toSet()),
                integer("bench.backfill.orders", 50_000), integer("bench.idle.reps", 10),
                integer("bench.ingest.orders", 100_000), integer("bench.ingest.reps", 3),
                integer("bench.naive.orders", 10_000), integer("bench.naive.reps", 1), integer("bench.memory.small", 25_000),
                integer("bench.memory.large", 100_000), integer("bench.channels", 20),
                integer("bench.channels.orders", 5_000), integer("bench.freshness.seconds", 60),
                integer("bench.freshness.interval", 10), integer("bench.despatch.orders", 3_000),
                integer("bench.despatch.batch", 500), integer("bench.despatch.reps", 3));
    }

    boolean runs(int scenario) {
        return scenarios.contains(scenario);
    }

    Path workDir() {
        return projectDir.resolve("target/bench");
    }

    private static int integer(String key, int fallback) {
        return Integer.parseInt(System.getProperty(key, String.valueOf(fallback)));
    }
}
