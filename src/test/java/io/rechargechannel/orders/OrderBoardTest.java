package io.rechargechannel.orders;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.OrderUpdate;
import io.rechargechannel.sandbox.SandboxOrder;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.stock.StockMoved;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.SandboxChannels;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The board over a synced sandbox channel: search, filters, counts, attention reasons, hold and release. */
@QuarkusTest
class OrderBoardTest {

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Inject
    Event<StockMoved> stockMoved;

    @Inject
    EntityManager em;

    @Test
    void searchFindsAnOrderByNumberNameEmailAndSku() {
        SandboxChannels.Linked linked = synced("Board search", 60, 8, 21, true);
        long id = orderIds(linked.channelId()).get(7);
        JsonPath order = given().get("/api/orders/" + id).then().statusCode(200).extract().jsonPath();

        for (String q : List.of(order.getString("orderNumber"), "#" + order.getString("orderNumber"),
                order.getString("lastName").toUpperCase(), order.getString("customerEmail"),
                order.getString("lines[0].sku").toLowerCase(), String.valueOf(order.getLong("rechargeOrderId")))) {
            given().queryParam("channel", linked.channelId()).queryParam("q", q).queryParam("size", 200)
                    .get("/api/orders").then().statusCode(200).body("items.id", hasItem((int) id));
        }
        given().queryParam("channel", linked.channelId()).queryParam("q", "no-such-order-zz").get("/api/orders")
                .then().statusCode(200).body("total", equalTo(0)).body("counts.all", equalTo(0));
    }

    @Test
    void filtersAndCountsAgree() {
        SandboxChannels.Linked linked = synced("Board filters", 80, 6, 22, true);
        long channel = linked.channelId();
        JsonPath all = given().queryParam("channel", channel).queryParam("size", 200).get("/api/orders")
                .then().statusCode(200).body("total", equalTo(80)).extract().jsonPath();
        Map<String, Integer> byStatus = all.getMap("counts.byStatus");
        assertThat(byStatus.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(80);
        assertThat(all.getList("items.placedAt", String.class)).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        byStatus.forEach((status, count) -> given().queryParam("channel", channel).queryParam("status", status)
                .queryParam("size", 200).get("/api/orders").then().statusCode(200).body("total", equalTo(count))
                .body("items.fulfilmentStatus", everyItem(equalTo(status))));
        given().queryParam("channel", channel).queryParam("attention", true).queryParam("size", 200).get("/api/orders")
                .then().statusCode(200).body("total", equalTo(all.getInt("counts.attention")))
                .body("items.attentionReason", everyItem(notNullValue()));
        given().queryParam("channel", channel).get("/api/orders/counts").then().statusCode(200)
                .body("all", equalTo(80)).body("byStatus.ALLOCATED", equalTo(byStatus.get("ALLOCATED")));

        String middle = all.getString("items[40].placedAt");
        int newer = given().queryParam("channel", channel).queryParam("from", middle).queryParam("size", 200)
                .get("/api/orders").then().statusCode(200).extract().jsonPath().getInt("total");
        int older = given().queryParam("channel", channel).queryParam("to", middle).queryParam("size", 200)
                .get("/api/orders").then().statusCode(200).extract().jsonPath().getInt("total");
        assertThat(newer + older).isEqualTo(80);
        assertThat(newer).isBetween(1, 79);
        given().queryParam("from", "last week").get("/api/orders").then().statusCode(400).body("details[0].field", equalTo("from"));
    }

    @Test
    void attentionSaysWhyInPlainWordsAndFollowsTheStock() {
        SandboxChannels.Linked linked = synced("Board attention", 40, 4, 23, true);
        long channel = linked.channelId();
        fixture.execute("UPDATE sales_channel SET invoice_company_name = 'Beans Ltd', invoice_address = '1 Road', "
                + "invoice_eori = 'GB123456789000', invoice_country_of_origin = 'GB', invoice_hs_code = '090121', "
                + "invoice_reason_for_export = 'SALE', invoice_terms_of_sale = 'DDP' WHERE id = ?1", channel);
        SandboxOrder order = linked.store().orders().stream().filter(o -> o.status().equals("success")).findFirst().orElseThrow();
        linked.store().updateOrder(order.id(), new OrderUpdate(null, Map.of("address1", "", "city", ""), null));
        sync.run(channel, SyncTrigger.MANUAL);
        long id = fixture.count("SELECT id FROM orders WHERE channel_id = ?1 AND recharge_order_id = ?2", channel, order.id());

        String reason = given().get("/api/orders/" + id).then().statusCode(200).body("needsAttention", equalTo(true))
                .extract().jsonPath().getString("attentionReason");
        assertThat(reason).contains("Address incomplete: no street, town or city").contains("Not enough stock: ");
        given().get("/api/orders/" + id).then().body("timeline.kind", hasItem("ATTENTION"))
                .body("timeline.kind", hasItem("UPDATED"));

        // Goods received for its SKUs: the stock reason goes, the address reason stays.
        long warehouse = fixture.count("SELECT warehouse_id FROM sales_channel WHERE id = ?1", channel);
        for (String sku : given().get("/api/orders/" + id).then().extract().jsonPath().getList("lines.sku", String.class)) {
            given().contentType(io.restassured.http.ContentType.JSON)
                    .body(java.util.Map.of("warehouseId", warehouse, "sku", sku, "quantity", 1000, "reason", "Goods received"))
                    .post("/api/stock/adjustments").then().statusCode(org.hamcrest.Matchers.either(equalTo(200)).or(equalTo(201)));
        }
        given().get("/api/orders/" + id).then().body("attentionReason", equalTo("Address incomplete: no street, town or city"));

        // Despatched (as the despatch does it, with its stock movement naming the order): what stood in the way of
        // picking is gone.
        fixture.execute("UPDATE orders SET fulfilment_status = 'DESPATCHED' WHERE id = ?1", id);
        QuarkusTransaction.requiringNew().run(() -> stockMoved.fire(new StockMoved(warehouse, Set.of(), Set.of(id))));
        given().get("/api/orders/" + id).then().body("needsAttention", equalTo(false)).body("attentionReason", equalTo(null));
    }

    @Test
    void anInternationalOrderWithoutInvoiceDataSaysWhatIsMissing() {
        SandboxChannels.Linked linked = synced("Board customs", 40, 4, 24, false);
        given().queryParam("channel", linked.channelId()).queryParam("attention", true).queryParam("size", 200)
                .get("/api/orders").then().statusCode(200)
                .body("items.attentionReason", hasItem(containsString("the commercial invoice lacks company name")))
                .body("items.shipCountryCode", everyItem(org.hamcrest.Matchers.not(equalTo("GB"))));
    }

    @Test
    void holdAndReleaseFollowTheRules() {
        SandboxChannels.Linked linked = synced("Board hold", 30, 4, 25, true);
        long channel = linked.channelId();
        long id = fixture.count("SELECT min(id) FROM orders WHERE channel_id = ?1 AND fulfilment_status = 'ALLOCATED'", channel);
        long allocatedBefore = allocated(channel);

        given().contentType(ContentType.JSON).body(Map.of("reason", "Customer asked to wait")).post("/api/orders/" + id + "/hold")
                .then().statusCode(200).body("fulfilmentStatus", equalTo("ON_HOLD")).body("status", equalTo("On hold"))
                .body("hold.reason", equalTo("Customer asked to wait")).body("hold.by", equalTo("admin"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Again")).post("/api/orders/" + id + "/hold")
                .then().statusCode(200).body("hold.reason", equalTo("Customer asked to wait"));
        given().contentType(ContentType.JSON).body(Map.of("reason", " ")).post("/api/orders/" + id + "/hold")
                .then().statusCode(400).body("details[0].field", equalTo("reason"));
        assertThat(allocated(channel)).isEqualTo(allocatedBefore);

        // A new import of the held order does not undo the hold.
        SandboxOrder truth = linked.store().orders().stream()
                .filter(o -> o.id() == fixture.count("SELECT recharge_order_id FROM orders WHERE id = ?1", id)).findFirst().orElseThrow();
        linked.store().updateOrder(truth.id(), new OrderUpdate(null, null, "ring twice"));
        sync.run(channel, SyncTrigger.MANUAL);
        given().get("/api/orders/" + id).then().body("fulfilmentStatus", equalTo("ON_HOLD")).body("note", equalTo("ring twice"));

        given().noContentType().post("/api/orders/" + id + "/release").then().statusCode(200)
                .body("fulfilmentStatus", equalTo("ALLOCATED")).body("hold", equalTo(null));
        given().noContentType().post("/api/orders/" + id + "/release").then().statusCode(200)
                .body("fulfilmentStatus", equalTo("ALLOCATED"));
        assertThat(allocated(channel)).isEqualTo(allocatedBefore);
        given().get("/api/orders/" + id).then()
                .body("timeline.findAll { it.kind == 'HELD' }.summary", equalTo(List.of("Put on hold: Customer asked to wait")))
                .body("timeline.findAll { it.kind == 'RELEASED' }.size()", equalTo(1))
                .body("timeline.find { it.kind == 'HELD' }.actor", equalTo("admin"));

        long cancelled = fixture.count("SELECT id FROM orders WHERE channel_id = ?1 ORDER BY id LIMIT 1", channel);
        fixture.execute("UPDATE orders SET fulfilment_status = 'DESPATCHED' WHERE id = ?1", cancelled);
        given().contentType(ContentType.JSON).body(Map.of("reason", "Too late")).post("/api/orders/" + cancelled + "/hold")
                .then().statusCode(409).body("error", containsString("despatched: it cannot be put on hold"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "x")).post("/api/orders/987654321/hold").then().statusCode(404);
    }

    private SandboxChannels.Linked synced(String name, int orders, int products, long seed, boolean autoSyncStock) {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of(name, orders, products).withSeed(seed), autoSyncStock);
        sync.run(linked.channelId(), SyncTrigger.MANUAL);
        return linked;
    }

    private List<Long> orderIds(long channel) {
        return given().queryParam("channel", channel).queryParam("size", 200).get("/api/orders").then().extract()
                .jsonPath().getList("items.id", Long.class);
    }

    private long allocated(long channel) {
        return fixture.count("SELECT coalesce(sum(l.allocated_quantity), 0) FROM order_line l JOIN orders o "
                + "ON o.id = l.order_id WHERE o.channel_id = ?1", channel);
    }
}
