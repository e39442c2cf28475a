package io.rechargechannel.web;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.SandboxChannels;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The warehouse's JSON API over a synced channel: orders, products, stock, sync runs and health. */
@QuarkusTest
class WarehouseApiFlowTest {

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Test
    void ordersCanBeListedFilteredPagedAndReadWithTheirLines() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("API orders", 120, 8).withSeed(5), true);
        long channel = linked.channelId();
        sync.run(channel, SyncTrigger.MANUAL);

        given().queryParam("channel", channel).queryParam("size", 50).get("/api/orders").then().statusCode(200)
                .body("total", equalTo(120)).body("items", hasSize(50)).body("items[0]", not(hasKey("lines")));
        given().queryParam("channel", channel).queryParam("page", 2).queryParam("size", 50).get("/api/orders")
                .then().statusCode(200).body("items", hasSize(20));
        given().queryParam("channel", channel).queryParam("status", "ALLOCATED").get("/api/orders")
                .then().statusCode(200).body("items.fulfilmentStatus", everyItem(equalTo("ALLOCATED")));
        given().queryParam("channel", channel).queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/api/orders")
                .then().statusCode(200).body("total", equalTo(0));

        long id = given().queryParam("channel", channel).get("/api/orders").then().extract().jsonPath().getLong("items[0].id");
        given().get("/api/orders/" + id).then().statusCode(200)
                .body("lines.size()", greaterThan(0)).body("lines[0].sku", notNullValue())
                .body("shippingAddress.countryCode", notNullValue())
                .body("chargeId", notNullValue()).body("chargeStatus", notNullValue());
        given().get("/api/orders/999999999").then().statusCode(404);
    }

    @Test
    void badFiltersAreRefusedClearly() {
        given().queryParam("status", "SHIPPED").get("/api/orders").then().statusCode(400);
        given().queryParam("updatedSince", "yesterday").get("/api/orders").then().statusCode(400);
        given().queryParam("size", 100000).get("/api/orders").then().statusCode(400);
    }

    @Test
    void productsAndStockAreListed() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("API catalog", 30, 6).withSeed(6), true);
        // a warehouse of its own: other tests receive and despatch the same sandbox SKUs in the default one
        int warehouse = given().contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("code", "API-" + linked.channelId(), "name", "API catalog", "countryCode", "GB"))
                .post("/api/warehouses").then().statusCode(201).extract().path("id");
        given().contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("warehouseId", warehouse))
                .patch("/api/channels/" + linked.channelId()).then().statusCode(200);
        sync.run(linked.channelId(), SyncTrigger.MANUAL);
        String sku = linked.store().products().get(0).variants().get(0).sku();

        given().queryParam("channel", linked.channelId()).get("/api/products").then().statusCode(200)
                .body("total", equalTo(6)).body("items[0].variants.size()", greaterThan(0));
        var stock = given().queryParam("warehouse", warehouse).queryParam("sku", sku).get("/api/stock").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].onHand", equalTo(0)).extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(stock.getInt("items[0].available"))
                .isEqualTo(stock.getInt("items[0].onHand") - stock.getInt("items[0].allocated"));
    }

    @Test
    void syncNowAnswers202AndTheRunShowsInTheHistoryAndInHealth() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("API sync", 40, 4).withSeed(8), true);
        long channel = linked.channelId();

        given().contentType(ContentType.JSON).post("/api/channels/" + channel + "/sync").then().statusCode(202).body("queued", equalTo(true));
        await().atMost(30, TimeUnit.SECONDS).until(() -> "SUCCEEDED".equals(given()
                .get("/api/channels/" + channel + "/sync-runs").then().extract().jsonPath().getString("find { it.stream == 'ORDERS' }.outcome")));

        given().get("/api/channels/" + channel + "/sync-runs").then().statusCode(200)
                .body("find { it.stream == 'ORDERS' }.created", equalTo(40))
                .body("find { it.stream == 'ORDERS' }.trigger", equalTo("MANUAL"));
        given().get("/api/channels/" + channel).then().statusCode(200).body("status", equalTo("OK"));
        given().get("/q/health/group/sync").then()
                .body("checks[0].data", hasKey(org.hamcrest.Matchers.startsWith("channel " + channel + " ")));
        given().get("/api/channels/" + channel + "/quarantine").then().statusCode(200).body("", hasSize(0));
        given().contentType(ContentType.JSON).post("/api/channels/999999/sync").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", not(hasItem("ReCharge channels sync")));
    }
}
