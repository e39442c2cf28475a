package io.rechargechannel.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario 9: bulk despatch. A store of {@code bench.despatch.orders} orders is synced (Auto Sync Stock on, its
 * commercial invoice complete so that international orders go too), then {@code bench.despatch.batch} of its
 * allocated orders at a time are despatched with one {@code POST /api/despatches}: each order's status, a
 * despatch row, stock lowered and released, ledger rows, a timeline line, and the despatch and feedback emails
 * queued in the outbox (both on, as a live channel has them), in one transaction. Timed from request to answer, {@code bench.despatch.reps} times on fresh orders, after one
 * untimed despatch of 100 orders that warms the path up (the JIT, the statements' plans).
 */
final class DespatchScenario {

    private final Bench bench;

    DespatchScenario(Bench bench) {
        this.bench = bench;
    }

    void run() {
        int batch = bench.settings().despatchBatch();
        int reps = bench.settings().despatchReps();
        String scenario = "9 bulk despatch (" + batch + " orders a request)";
        Sandbox.Store store = bench.sandbox().create("bench-despatch", bench.settings().despatchOrders(), 99, false, null);
        long channel = bench.worker().createChannel("Despatch", store.token(), bench.sandbox().rechargeBaseUrl(), 3600, true);
        bench.worker().awaitFirstOrdersRun(channel, Duration.ofMinutes(5));
        bench.worker().deactivate(channel);
        bench.worker().http().patch("/api/channels/" + channel, Map.of("commercialInvoice", Map.of(
                "companyName", "Bench Ltd", "address", "Unit 9, Bench Park", "eori", "GB123456789000",
                "countryOfOrigin", "GB", "hsCode", "090121", "reasonForExport", "SALE", "termsOfSale", "DAP"),
                "despatchEmails", Map.of("enabled", true), "feedbackEmails", Map.of("enabled", true,
                        "feedbackUrlTemplate", "https://example.com/feedback/{orderNumber}")));
        despatch(allocated(channel, 100), "WARMUP");
        List<Double> millis = new ArrayList<>();
        int despatched = 0;
        for (int rep = 0; rep < reps; rep++) {
            List<Long> ids = allocated(channel, batch);
            if (ids.size() < batch) {
                bench.note(scenario, "only " + ids.size() + " allocated orders left for repetition " + (rep + 1));
                break;
            }
            long t0 = System.nanoTime();
            JsonNode report = despatch(ids, "BENCH" + rep + "X");
            millis.add((System.nanoTime() - t0) / 1e6);
            despatched += report.get("despatched").size();
            if (report.get("rejected").size() > 0) {
                bench.note(scenario, report.get("rejected").size() + " rows rejected, the first: "
                        + report.get("rejected").get(0).get("reason").asText());
            }
        }
        bench.add(Figure.atMost(scenario, "request time, median", Stats.median(millis), "ms", 2000));
        bench.add(Figure.atMost(scenario, "request time, slowest of " + millis.size(), Stats.max(millis), "ms", 2000));
        bench.add(Figure.info(scenario, "orders despatched", despatched, "orders"));
    }

    private JsonNode despatch(List<Long> ids, String trackingPrefix) {
        List<Map<String, Object>> rows = new ArrayList<>();
        ids.forEach(id -> rows.add(Map.of("orderId", id, "trackingNumber", trackingPrefix + id)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("carrier", "royal-mail");
        body.put("orders", rows);
        return bench.worker().http().post("/api/despatches", body);
    }

    /** The first {@code count} allocated orders of the channel, read as the board API pages them (200 at most). */
    private List<Long> allocated(long channel, int count) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ids.size() < count; page++) {
            JsonNode items = bench.worker().http().get("/api/orders?channel=" + channel + "&status=ALLOCATED&size=200&page="
                    + page).get("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(item -> ids.add(item.get("id").asLong()));
        }
        return ids.size() > count ? new ArrayList<>(ids.subList(0, count)) : ids;
    }
}
