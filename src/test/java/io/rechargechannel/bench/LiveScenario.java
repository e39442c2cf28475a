package io.rechargechannel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scenario 8: live events while a backfill imports at full speed (rate limit off). An SSE client on this worker
 * notes when each order's {@code imported} event arrives; the latency is that minus the order's
 * {@code imported_at}, which the importer stamps when it starts writing the page, so it is the page's write and
 * commit plus the NOTIFY, LISTEN and SSE hops: an upper bound of commit → received. The same backfill runs once
 * more with the orders' notify triggers disabled, for the ingest rate without events: {@code bench.live.rounds}
 * rounds of one run each way, after one warm-up run each way, compared by their medians.
 */
final class LiveScenario {

    private final Bench bench;
    private final DataSource dataSource;
    private final String baseUrl;

    LiveScenario(Bench bench, DataSource dataSource, String baseUrl) {
        this.bench = bench;
        this.dataSource = dataSource;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    void run() throws Exception {
        int orders = Integer.getInteger("bench.live.orders", 20_000);
        int rounds = Integer.getInteger("bench.live.rounds", 3);
        String scenario = "8 live events during a backfill (" + Figure.format(orders) + " orders a run, rate limit off, "
                + rounds + " runs each way, alternating, after a warm-up run each way)";
        Map<Long, Long> received = new ConcurrentHashMap<>();
        Thread client = listen(received);
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        try {
            // Both paths warm (the JIT, the statements' plans, the LISTEN connection and the SSE writer) before
            // anything is timed, the first at full size: whichever 20,000-order run came first measured half the
            // rate of the later ones, with events or without.
            double coldQuiet = backfill("bench-quiet-warm-up", orders, false, null, 80);
            double coldLive = backfill("bench-live-warm-up", Math.max(1_000, orders / 4), true, received, 79);
            bench.note("8", "warm-up runs (untimed): without events " + coldQuiet + " orders/s, then with events "
                    + coldLive + " orders/s (" + Figure.format(Math.max(1_000, orders / 4)) + " orders)");
            received.clear();
            for (int round = 0; round < rounds; round++) {
                // Which way goes first alternates from round to round, so that neither gains from going second.
                for (boolean events : round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    String name = (events ? "with" : "without") + " events, round " + (round + 1);
                    try (AutoCloseable waits = BackendWaits.around(bench, "8 run " + name, dataSource)) {
                        double rate = backfill("bench-" + (events ? "live-" : "quiet-") + round, orders, events,
                                events ? received : null, (events ? 81 : 91) + round);
                        (events ? with : without).add(rate);
                    }
                }
            }
        } finally {
            client.interrupt();
        }
        double withEvents = Stats.median(with);
        double withoutEvents = Stats.median(without);
        List<Double> latencies = latencies(received);
        bench.add(Figure.atMost(scenario, "commit → SSE event received, p95", Stats.percentile(latencies, 95), "ms", 1000));
        bench.add(Figure.info(scenario, "commit → SSE event received, p50", Stats.median(latencies), "ms"));
        bench.add(Figure.info(scenario, "events received (imported)", latencies.size(), "events"));
        bench.add(Figure.info(scenario, "ingest rate with events, median of runs " + with, withEvents, "orders/s"));
        bench.add(Figure.info(scenario, "ingest rate without events (notify triggers disabled), median of runs " + without,
                withoutEvents, "orders/s"));
        bench.add(Figure.atMost(scenario, "ingest rate lost to events", 100 * (1 - withEvents / withoutEvents), "%", 5));
    }

    private double backfill(String name, int orders, boolean events, Map<Long, Long> received, long seed)
            throws SQLException {
        triggers(events);
        try {
            Sandbox.Store store = bench.sandbox().create(name, orders, seed, false, null);
            long channel = bench.worker().createChannel(name, store.token(), bench.sandbox().rechargeBaseUrl(), 86_400, true);
            List<Worker.Run> runs = bench.worker().awaitFirstOrdersRun(channel, Duration.ofMinutes(10));
            Worker.Run run = Worker.ordersRun(runs);
            bench.worker().deactivate(channel);
            bench.sandbox().delete(store.id());
            if (received != null) {
                awaitQuiet(received);
            }
            return Math.round(run.created() / run.seconds() * 10) / 10.0;
        } finally {
            triggers(true);
        }
    }

    private void triggers(boolean on) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String verb = on ? "ENABLE" : "DISABLE";
            s.execute("ALTER TABLE orders " + verb + " TRIGGER orders_notify_insert");
            s.execute("ALTER TABLE orders " + verb + " TRIGGER orders_notify_update");
        }
    }

    private Thread listen(Map<Long, Long> received) {
        Thread thread = new Thread(() -> {
            ObjectMapper json = new ObjectMapper();
            String basic = Base64.getEncoder().encodeToString((io.rechargechannel.testing.TestUsers.ADMIN + ":"
                    + io.rechargechannel.testing.TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
            try {
                HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/api/orders/events")).header("Authorization", "Basic " + basic).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null && !Thread.currentThread().isInterrupted(); line = lines.readLine()) {
                        if (line.startsWith("data:") && line.contains("\"imported\"")) {
                            JsonNode change = json.readTree(line.substring(5));
                            received.putIfAbsent(change.get("id").asLong(), System.currentTimeMillis());
                        }
                    }
                }
            } catch (Exception e) {
                if (!Thread.currentThread().isInterrupted()) {
                    bench.note("8", "the SSE client stopped: " + e.getMessage());
                }
            }
        }, "bench-sse-client");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void awaitQuiet(Map<Long, Long> received) {
        int size = -1;
        while (size != received.size()) {
            size = received.size();
            AppProcess.sleep(1000);
        }
    }

    private List<Double> latencies(Map<Long, Long> received) throws SQLException {
        List<Double> latencies = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, (extract(epoch FROM imported_at) * 1000)::bigint "
                     + "FROM orders WHERE id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("bigint", received.keySet().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    latencies.add((double) (received.get(rs.getLong(1)) - rs.getLong(2)));
                }
            }
        }
        return latencies;
    }
}
