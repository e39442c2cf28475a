package io.rechargechannel.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rechargechannel.sync.ChannelSync;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The benchmark (docs/benchmarks.md), not a test: {@code ./mvnw -B -Pbench verify}. This JVM is the worker
 * (the app with its scheduler, against an embedded PostgreSQL); the sandbox store runs from the packaged jar
 * in a JVM of its own, so that serving ReCharge's side does not count against the worker. Prints a table and
 * writes it to {@code target/bench/results.md}.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
class SyncBenchmark {

    @TestHTTPResource("/")
    URL root;

    @Inject
    ChannelSync sync;

    @Inject
    MeterRegistry registry;

    @Inject
    NaiveImporter naive;

    @Inject
    io.rechargechannel.orders.OrderBoard board;

    @Inject
    javax.sql.DataSource dataSource;

    @Test
    void run() throws IOException {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Instant started = Instant.now();
        String load = CpuMeter.loadAverage();
        long t0 = System.nanoTime();
        try (AppProcess sandboxProcess = AppProcess.start("sandbox", settings.projectDir(),
                settings.workDir().resolve("sandbox"), List.of("-Xmx2g", "-XX:+UseG1GC"),
                Map.of("sandbox.enabled", "true", "sync.enabled", "false", "sandbox.max-stores", "50"))) {
            Bench bench = new Bench(settings, new Sandbox(sandboxProcess), new Worker(new JsonHttp(root.toString())));
            if (settings.runs(1)) {
                scenario(bench, "1", () -> new BackfillScenario(bench).backfill());
            }
            if (settings.runs(4)) {
                scenario(bench, "4", () -> new BackfillScenario(bench).idlePolls(sync, registry));
            }
            if (settings.runs(2)) {
                scenario(bench, "2", () -> new IngestScenario(bench, naive).run());
            }
            if (settings.runs(5)) {
                scenario(bench, "5", () -> {
                    try (AutoCloseable profile = HotMethods.around(bench, "5 many channels", "many-channels.jfr")) {
                        new ManyChannelsScenario(bench).run();
                    }
                });
            }
            if (settings.runs(6)) {
                scenario(bench, "6", () -> new FreshnessScenario(bench).run());
            }
            if (settings.runs(7)) {
                scenario(bench, "7", () -> new BoardScenario(bench, board, dataSource).run());
            }
            if (settings.runs(8)) {
                scenario(bench, "8", () -> new LiveScenario(bench, dataSource, root.toString()).run());
            }
            if (settings.runs(9)) {
                scenario(bench, "9", () -> new DespatchScenario(bench).run());
            }
            if (settings.runs(3)) {
                scenario(bench, "3", () -> new MemoryScenario(bench).run());
            }
            String table = ResultTable.render(bench, started, load, (System.nanoTime() - t0) / 1e9);
            System.out.println(table);
            Files.createDirectories(settings.workDir());
            Files.writeString(settings.workDir().resolve("results.md"), table);
        }
    }

    private interface Body {
        void run() throws Exception;
    }

    /** One failing scenario is reported, and the others still run. */
    private static void scenario(Bench bench, String number, Body body) {
        try {
            body.run();
        } catch (Exception e) {
            bench.add(new Figure(number + " (failed)", e.getClass().getSimpleName() + ": " + e.getMessage(),
                    Double.NaN, "", "runs", false));
        }
    }
}
