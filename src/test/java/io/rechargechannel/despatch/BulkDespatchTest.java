package io.rechargechannel.despatch;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.Floor;
import io.rechargechannel.testing.SandboxChannels;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Many orders at once: bulk JSON, a CSV file with bad rows, and despatches side by side that share SKUs. */
@QuarkusTest
class BulkDespatchTest {

    private static final long MAIN = 1;

    @Inject
    Floor floor;

    @Test
    void aBulkDespatchDespatchesTheGoodRowsAndRejectsEachBadOneWithItsReason() {
        SandboxChannels.Linked linked = floor.channel("Bulk JSON", 40, 5, 31);
        List<Long> ready = floor.ordersWithSkus(linked.channelId(), "ALLOCATED");
        long cancelled = ready.get(3);
        floor.execute("UPDATE orders SET fulfilment_status = 'CANCELLED' WHERE id = ?1", cancelled);
        List<Map<String, Object>> rows = List.of(
                Map.of("orderId", ready.get(0), "trackingNumber", "RM000000001GB"),
                Map.of("orderId", ready.get(1), "trackingNumber", "RM000000002GB"),
                Map.of("orderId", 987654321, "trackingNumber", "RM000000003GB"),
                Map.of("orderId", ready.get(2), "trackingNumber", "RM-0000!04"),
                Map.of("orderId", cancelled, "trackingNumber", "RM000000005GB"),
                Map.of("orderId", ready.get(4), "trackingNumber", "1Z999AA10123456784", "carrier", "ups"));

        JsonPath report = given().contentType(ContentType.JSON).body(Map.of("carrier", "royal-mail", "orders", rows))
                .post("/api/despatches").then().statusCode(200)
                .body("despatched", hasSize(3)).body("rejected", hasSize(3))
                .body("despatched.row", equalTo(List.of(1, 2, 6)))
                .body("despatched[2].carrier", equalTo("ups"))
                .body("rejected.row", equalTo(List.of(3, 4, 5)))
                .body("rejected[0].reason", containsString("no order 987654321"))
                .body("rejected[1].reason", containsString("letters, digits"))
                .body("rejected[2].reason", containsString("cancelled"))
                .extract().jsonPath();

        assertThat(report.getList("despatched.orderId", Long.class)).containsExactly(ready.get(0), ready.get(1), ready.get(4));
        assertThat(floor.count("SELECT count(*) FROM orders WHERE id IN (?1, ?2, ?3) AND fulfilment_status = 'DESPATCHED'",
                ready.get(0), ready.get(1), ready.get(4))).isEqualTo(3);
        assertThat(floor.count("SELECT count(*) FROM orders WHERE id = ?1 AND fulfilment_status = 'ALLOCATED'", ready.get(2))).isOne();
        assertThat(floor.ledgerMismatches()).isZero();
    }

    @Test
    void aCsvFileIsDespatchedRowByRowAndItsBadRowsSayWhy() {
        SandboxChannels.Linked linked = floor.channel("Bulk CSV", 30, 5, 32);
        long channel = linked.channelId();
        floor.execute("UPDATE orders SET external_order_number = 'CSV' || id, external_order_name = '#CSV' || id "
                + "WHERE channel_id = ?1", channel);
        List<Long> ready = floor.ordersWithSkus(channel, "ALLOCATED");
        String csv = "Order number,Carrier,Tracking number\r\n"
                + "CSV" + ready.get(0) + ",Royal Mail,RM100000001GB\r\n"
                + "#CSV" + ready.get(1) + ",dpd,15500000000001\r\n"
                + "CSV" + ready.get(2) + ",Pigeon Post,PP123456\r\n"
                + "NOSUCHORDER,dpd,15500000000002\r\n"
                + "CSV" + ready.get(3) + ",dpd\r\n"
                + "\r\n"
                + "\"CSV" + ready.get(4) + "\",\"Evri\",\"H0000 0000 0001\"\r\n"
                + "CSV" + ready.get(0) + ",Royal Mail,RM100000001GB\r\n";

        JsonPath report = given().contentType("text/csv").body(csv).post("/api/despatches").then().statusCode(200)
                .body("despatched.row", equalTo(List.of(2, 3, 8, 9)))
                .body("despatched[3].repeat", equalTo(true))
                .body("rejected.row", equalTo(List.of(4, 5, 6)))
                .body("rejected[0].reason", containsString("royal-mail"))
                .body("rejected[1].orderNumber", equalTo("NOSUCHORDER"))
                .body("rejected[1].reason", containsString("no order NOSUCHORDER"))
                .body("rejected[2].reason", containsString("three fields"))
                .extract().jsonPath();

        assertThat(report.getString("despatched[1].orderNumber")).isEqualTo("#CSV" + ready.get(1));
        assertThat(floor.count("SELECT count(*) FROM despatch WHERE order_id = ?1", ready.get(0))).isOne();
        assertThat(floor.count("SELECT count(*) FROM orders WHERE channel_id = ?1 AND fulfilment_status = 'DESPATCHED'",
                channel)).isEqualTo(3);
        given().contentType("text/csv").body(" ").post("/api/despatches").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("carrier", "dpd", "orders", List.of()))
                .post("/api/despatches").then().statusCode(400).body("details[0].field", equalTo("orders"));
    }

    @Test
    void despatchesSideBySideThatShareSkusNeverDeadlockAndTheNumbersAddUp() throws Exception {
        SandboxChannels.Linked linked = floor.channel("Bulk concurrent", 60, 3, 33);
        List<Long> orders = floor.ordersWithSkus(linked.channelId(), "ALLOCATED").subList(0, 20);
        Map<String, Long> units = new HashMap<>();
        for (long order : orders) {
            for (String sku : skus(order)) {
                units.merge(sku, floor.units(order, sku), Long::sum);
            }
        }
        Map<String, long[]> before = new HashMap<>();
        units.keySet().forEach(sku -> before.put(sku, new long[] {floor.onHand(MAIN, sku), floor.allocated(MAIN, sku)}));
        assertThat(units.values().stream().filter(n -> n > 0)).as("orders share SKUs").hasSizeLessThan(orders.size());

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (long order : orders) {
            answers.add(pool.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON)
                        .body(Map.of("carrier", "dhl", "trackingNumber", "JD0146000033" + order))
                        .post("/api/orders/" + order + "/despatch").statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(200);
        }
        pool.shutdown();

        units.forEach((sku, n) -> {
            assertThat(floor.onHand(MAIN, sku)).as(sku).isEqualTo(before.get(sku)[0] - n);
            assertThat(floor.allocated(MAIN, sku)).as(sku).isEqualTo(before.get(sku)[1] - n);
        });
        assertThat(floor.ledgerMismatches()).isZero();
    }

    private List<String> skus(long order) {
        List<String> skus = new ArrayList<>();
        int lines = (int) floor.count("SELECT count(DISTINCT sku) FROM order_line WHERE order_id = ?1 AND sku IS NOT NULL", order);
        for (int i = 0; i < lines; i++) {
            skus.add(floor.text("SELECT DISTINCT sku FROM order_line WHERE order_id = ?1 AND sku IS NOT NULL "
                    + "ORDER BY sku OFFSET " + i + " LIMIT 1", order));
        }
        return skus;
    }
}
