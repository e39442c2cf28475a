package io.rechargechannel.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The application that syncs, driven over its HTTP API: this JVM's, or a separate process's. */
final class Worker {

    /** A row of a channel's run history ({@code GET /api/channels/{id}/sync-runs}). */
    record Run(long id, String stream, Instant startedAt, Instant finishedAt, int pages, int recordsSeen,
               int created, int updated, int unchanged, int requests, int throttled, String outcome) {

        static Run of(JsonNode n) {
            return new Run(n.get("id").asLong(), n.get("stream").asText(), instant(n.get("startedAt")),
                    instant(n.get("finishedAt")), n.get("pages").asInt(), n.get("recordsSeen").asInt(),
                    n.get("created").asInt(), n.get("updated").asInt(), n.get("unchanged").asInt(),
                    n.get("requests").asInt(), n.get("throttled").asInt(), n.get("outcome").asText());
        }

        double seconds() {
            return Duration.between(startedAt, finishedAt).toNanos() / 1e9;
        }

        boolean orders() {
            return "ORDERS".equals(stream);
        }

        private static Instant instant(JsonNode node) {
            return node == null || node.isNull() ? null : Instant.parse(node.asText());
        }
    }

    private final JsonHttp http;

    Worker(JsonHttp http) {
        this.http = http;
    }

    JsonHttp http() {
        return http;
    }

    long createChannel(String name, String token, String baseUrl, int intervalSeconds, boolean active) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("accessToken", token);
        body.put("baseUrl", baseUrl);
        body.put("syncIntervalSeconds", intervalSeconds);
        body.put("autoSyncStock", true);
        body.put("active", active);
        return http.post("/api/channels", body).get("id").asLong();
    }

    /** Switches a channel off, so that the scheduler leaves it (and its store) alone. */
    void deactivate(long channelId) {
        http.patch("/api/channels/" + channelId, Map.of("active", false));
    }

    /** Runs oldest first. */
    List<Run> runs(long channelId) {
        List<Run> runs = new ArrayList<>();
        http.get("/api/channels/" + channelId + "/sync-runs?limit=500").forEach(n -> runs.add(0, Run.of(n)));
        return runs;
    }

    /** Waits for the channel's first finished orders run; answers every run up to then. */
    List<Run> awaitFirstOrdersRun(long channelId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Run> runs = runs(channelId);
            Optional<Run> done = runs.stream().filter(r -> r.orders() && !"RUNNING".equals(r.outcome())).findFirst();
            if (done.isPresent()) {
                return runs.subList(0, runs.indexOf(done.get()) + 1);
            }
            AppProcess.sleep(200);
        }
        throw new IllegalStateException("channel " + channelId + " did not finish an orders run within " + timeout);
    }

    static Run ordersRun(List<Run> runs) {
        return runs.stream().filter(Run::orders).reduce((a, b) -> b).orElseThrow();
    }
}
