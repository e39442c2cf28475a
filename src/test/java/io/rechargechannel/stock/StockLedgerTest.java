package io.rechargechannel.stock;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.OrderUpdate;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.Floor;
import io.rechargechannel.testing.SandboxChannels;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Adjustments, the movements list, and the ledger adding up to the levels whatever wrote them. */
@QuarkusTest
class StockLedgerTest {

    private static final long MAIN = 1;

    @Inject
    Floor floor;

    @Inject
    ChannelSync sync;

    @Test
    void goodsReceivedAddAndACountWritesTheDifference() {
        SandboxChannels.Linked linked = floor.channel("Adjust", 20, 4, 41);
        String sku = linked.store().products().get(0).variants().get(0).sku();
        long onHand = floor.onHand(MAIN, sku);

        given().contentType(ContentType.JSON)
                .body(Map.of("warehouseId", MAIN, "sku", sku, "quantity", 40, "reason", "Delivery note 8812"))
                .post("/api/stock/adjustments").then().statusCode(201)
                .body("kind", equalTo("RECEIPT")).body("onHandDelta", equalTo(40)).body("onHand", equalTo((int) onHand + 40));
        given().contentType(ContentType.JSON)
                .body(Map.of("warehouseId", MAIN, "sku", sku, "countedOnHand", 25, "reason", "Weekly count"))
                .post("/api/stock/adjustments").then().statusCode(201)
                .body("kind", equalTo("COUNT")).body("onHandDelta", equalTo(25 - (int) onHand - 40)).body("onHand", equalTo(25));

        assertThat(floor.onHand(MAIN, sku)).isEqualTo(25);
        given().queryParam("warehouseId", MAIN).queryParam("sku", sku).get("/api/stock/movements").then().statusCode(200)
                .body("items[0].kind", equalTo("COUNT")).body("items[0].reason", equalTo("Weekly count"))
                .body("items[0].actor", equalTo("admin"))
                .body("items[1].kind", equalTo("RECEIPT")).body("items[1].onHandDelta", equalTo(40));
        given().queryParam("warehouseId", MAIN).queryParam("sku", sku).queryParam("size", 1).get("/api/stock/movements")
                .then().statusCode(200).body("items", hasSize(1)).body("total", greaterThanOrEqualTo(2));
        given().queryParam("warehouse", MAIN).queryParam("sku", sku).get("/api/stock").then().statusCode(200)
                .body("items[0].onHand", equalTo(25)).body("items[0].lastMovementAt", notNullValue())
                .body("items[0].title", notNullValue());
        assertThat(floor.ledgerMismatches()).isZero();
    }

    @Test
    void badAdjustmentsAreRefusedNamingTheField() {
        SandboxChannels.Linked linked = floor.channel("Adjust badly", 10, 2, 42);
        String sku = linked.store().products().get(0).variants().get(0).sku();
        long movements = floor.count("SELECT count(*) FROM stock_movement");

        refused(Map.of("warehouseId", MAIN, "sku", sku, "quantity", 5), 400, "reason");
        refused(Map.of("warehouseId", MAIN, "sku", sku, "quantity", 5, "countedOnHand", 3, "reason", "x"), 400, "quantity");
        refused(Map.of("warehouseId", MAIN, "sku", sku, "reason", "x"), 400, "quantity");
        refused(Map.of("warehouseId", MAIN, "sku", sku, "quantity", 0, "reason", "x"), 400, "quantity");
        refused(Map.of("warehouseId", MAIN, "sku", sku, "countedOnHand", -1, "reason", "x"), 400, "countedOnHand");
        refused(Map.of("sku", sku, "quantity", 5, "reason", "x"), 400, "warehouseId");
        refused(Map.of("warehouseId", 987654321, "sku", sku, "quantity", 5, "reason", "x"), 404, "warehouseId");
        refused(Map.of("warehouseId", MAIN, "sku", "NO-SUCH-SKU-" + sku, "quantity", 5, "reason", "x"), 404, "sku");
        given().contentType(ContentType.JSON).body(Map.of("warehouseId", MAIN, "sku", sku, "quantity", "many", "reason", "x"))
                .post("/api/stock/adjustments").then().statusCode(400).body("details[0].field", equalTo("quantity"));

        assertThat(floor.count("SELECT count(*) FROM stock_movement")).isEqualTo(movements);
    }

    @Test
    void theLedgerAddsUpAfterImportsAdjustmentsDespatchesAndCancellations() {
        SandboxChannels.Linked linked = floor.channel("Ledger", 80, 6, 43);
        long channel = linked.channelId();
        assertThat(floor.count("SELECT count(*) FROM stock_movement WHERE kind = 'ALLOCATION'")).isPositive();
        assertThat(floor.ledgerMismatches()).as("after the import").isZero();

        String sku = linked.store().products().get(1).variants().get(0).sku();
        given().contentType(ContentType.JSON).body(Map.of("warehouseId", MAIN, "sku", sku, "quantity", 12, "reason", "PO 77"))
                .post("/api/stock/adjustments").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("warehouseId", MAIN, "sku", sku, "countedOnHand", 3, "reason", "Count"))
                .post("/api/stock/adjustments").then().statusCode(201);
        assertThat(floor.ledgerMismatches()).as("after adjustments").isZero();

        var ready = floor.ordersWithSkus(channel, "ALLOCATED");
        given().contentType(ContentType.JSON).body(Map.of("carrier", "parcelforce", "orders", java.util.List.of(
                        Map.of("orderId", ready.get(0), "trackingNumber", "PBTM8237461001"),
                        Map.of("orderId", ready.get(1), "trackingNumber", "PBTM8237461002"))))
                .post("/api/despatches").then().statusCode(200).body("despatched", hasSize(2));
        assertThat(floor.ledgerMismatches()).as("after despatches").isZero();

        long toCancel = ready.get(2);
        long rechargeId = floor.count("SELECT recharge_order_id FROM orders WHERE id = ?1", toCancel);
        long despatchedRechargeId = floor.count("SELECT recharge_order_id FROM orders WHERE id = ?1", ready.get(0));
        long releases = floor.count("SELECT count(*) FROM stock_movement WHERE kind = 'RELEASE'");
        linked.store().updateOrder(rechargeId, new OrderUpdate("cancelled", null, null));
        linked.store().updateOrder(despatchedRechargeId, new OrderUpdate("cancelled", null, null));
        sync.run(channel, SyncTrigger.MANUAL);

        assertThat(floor.count("SELECT count(*) FROM orders WHERE id = ?1 AND fulfilment_status = 'CANCELLED'", toCancel)).isOne();
        assertThat(floor.count("SELECT count(*) FROM stock_movement WHERE kind = 'RELEASE'")).isGreaterThan(releases);
        assertThat(floor.count("SELECT count(*) FROM orders WHERE id = ?1 AND fulfilment_status = 'DESPATCHED'", ready.get(0))).isOne();
        assertThat(floor.ledgerMismatches()).as("after cancellations").isZero();
    }

    private static void refused(Map<String, Object> body, int status, String field) {
        given().contentType(ContentType.JSON).body(body).post("/api/stock/adjustments").then().statusCode(status)
                .body("details[0].field", equalTo(field)).body("error", containsString(""));
    }
}
