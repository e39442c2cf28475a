package io.rechargechannel.recharge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.CreatedStore;
import io.rechargechannel.sandbox.SandboxStores;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.PageMappingProbe;
import jakarta.inject.Inject;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Not a test: a benchmark, excluded from the default run (surefire excludedGroups=benchmark). Takes real
 * {@code GET /orders?limit=250} bodies, fetched over HTTP from a sandbox store of {@code bench.orders} orders
 * made for the purpose (or read from saved files in {@code bench.pages}), and does what the order sync does with
 * each before the database: body bytes to an {@link OrderPage}, then the page mapped to incoming orders
 * (content hash included). One thread; prints the median repetition, by wall clock and by the thread's CPU
 * time (the latter is steadier on a shared machine).
 * <pre>./mvnw -B -q test -Dtest=PageReadingBenchmark -DexcludedGroups=none [-Dbench.orders=100000]
 *     [-Dbench.pages=a folder of saved page bodies]
 *     [-Dbench.repetitions=7] [-Dbench.warmups=2] [-Dbench.jfr=/tmp/page-reading.jfr]</pre>
 * {@code bench.jfr} records the measured repetitions with JFR's profiling settings.
 */
@QuarkusTest
@Tag("benchmark")
class PageReadingBenchmark {

    @Inject
    SandboxStores sandbox;

    private static final CallStats NO_CALL = new CallStats(1, 0, Duration.ZERO);

    private final WireJson json = new WireJson();

    @Test
    void readOrdersPages() throws Exception {
        String saved = System.getProperty("bench.pages");
        List<byte[]> bodies = saved == null ? fromSandbox(Integer.getInteger("bench.orders", 100_000)) : load(Path.of(saved));
        assumeTrue(!bodies.isEmpty(), "no saved pages in " + saved);
        int warmUps = Integer.getInteger("bench.warmups", 2);
        int repetitions = Integer.getInteger("bench.repetitions", 7);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        long[] wall = new long[repetitions];
        long[] cpu = new long[repetitions];
        int orders = 0;
        long used = 0;
        Recording recording = null;
        for (int round = -warmUps; round < repetitions; round++) {
            if (round == 0 && System.getProperty("bench.jfr") != null) {
                recording = new Recording(Configuration.getConfiguration("profile"));
                recording.start();
            }
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            orders = 0;
            for (byte[] body : bodies) {
                OrderPage page = read(body);
                orders += page.orders().size();
                used += PageMappingProbe.map(page.orders()) + (page.nextCursor() == null ? 0 : 1);
            }
            if (round >= 0) {
                wall[round] = System.nanoTime() - wallStart;
                cpu[round] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(System.getProperty("bench.jfr")));
            recording.close();
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        long medianWall = wall[repetitions / 2];
        long medianCpu = cpu[repetitions / 2];
        System.out.printf("PageReadingBenchmark: %d pages, %,d orders, %d repetitions (after %d warm-ups), median:%n"
                        + "  wall %.0f ms = %.1f µs/order = %,.0f orders/s (fastest %.1f, slowest %.1f µs/order)%n"
                        + "  cpu  %.0f ms = %.1f µs/order = %,.0f orders/s%n  (checksum %d)%n",
                bodies.size(), orders, repetitions, warmUps,
                medianWall / 1e6, medianWall / 1e3 / orders, orders / (medianWall / 1e9),
                wall[0] / 1e3 / orders, wall[repetitions - 1] / 1e3 / orders,
                medianCpu / 1e6, medianCpu / 1e3 / orders, orders / (medianCpu / 1e9), used);
    }

    /** What {@code HttpExchange} and {@code ReChargeClient} do with a 200 answer to {@code GET /orders}. */
    private OrderPage read(byte[] body) throws IOException {
        WireJson.Listed<ReChargeOrder> read = json.list(body, "orders", ReChargeOrder.class);
        return new OrderPage(read.records(), read.nextCursor(), NO_CALL);
    }

    /** Every page of a new sandbox store, as its HTTP API serves them to the sync. */
    private List<byte[]> fromSandbox(int orders) throws Exception {
        CreatedStore store = sandbox.create(StoreSpec.of("Page reading", orders, 100)
                .withRateLimit(StoreSpec.RateLimit.OFF));
        String base = "http://localhost:" + io.restassured.RestAssured.port + CreatedStore.BASE_URL + "/orders?";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ObjectMapper mapper = new ObjectMapper();
        List<byte[]> bodies = new ArrayList<>();
        String query = "updated_at_min=2000-01-01T00:00:00Z&sort_by=updated_at-asc&limit=250";
        while (query != null) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + query))
                    .header("X-Recharge-Access-Token", store.token()).header("X-Recharge-Version", "2021-11").build();
            byte[] body = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
            bodies.add(body);
            JsonNode cursor = mapper.readTree(body).get("next_cursor");
            query = cursor == null || cursor.isNull() ? null
                    : "cursor=" + URLEncoder.encode(cursor.asText(), StandardCharsets.UTF_8) + "&limit=250";
        }
        return bodies;
    }

    private static List<byte[]> load(Path dir) throws IOException {
        List<byte[]> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                bodies.add(Files.readAllBytes(file));
            }
        }
        return bodies;
    }
}
