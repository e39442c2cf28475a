package io.rechargechannel.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.rechargechannel.sandbox.SandboxHttp.recharge;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The control API under /sandbox/stores, over HTTP: creation, changes, tokens, reset, delete, validation. */
@QuarkusTest
class SandboxControlApiTest {

    @jakarta.inject.Inject
    SandboxStores stores;

    private static ValidatableResponse post(String path, String json) {
        return given().contentType("application/json").body(json).post(path).then();
    }

    private static long createStore(String json) {
        return post("/sandbox/stores", json).statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void createsAStoreAndShowsItWithoutItsSecret() {
        var created = post("/sandbox/stores", "{\"name\": \"Demo UK\", \"orders\": 30, \"products\": 5, \"seed\": 9,"
                + " \"catalog\": \"platform\", \"rateLimit\": {\"bucketSize\": 80, \"leakPerSecond\": 4}}")
                .statusCode(201).body("baseUrl", equalTo("/sandbox/recharge")).body("token", notNullValue())
                .extract().jsonPath();
        long id = created.getLong("id");
        String token = created.getString("token");

        given().get("/sandbox/stores/" + id).then().statusCode(200)
                .body("name", equalTo("Demo UK")).body("orders", equalTo(30)).body("catalog", equalTo("platform"))
                .body("rateLimit.bucketSize", equalTo(80)).body("counters.requests", equalTo(0))
                .body("tokens[0].token", not(equalTo(token))).body(not(containsString(token)));
        given().get("/sandbox/stores").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem((int) id));
        recharge(token).get("/orders").then().statusCode(200).header("X-Recharge-Limit", containsString("/80"));
    }

    @Test
    void rejectsBadInputWithAClearMessage() {
        post("/sandbox/stores", "{\"orders\": 3, \"products\": 2}").statusCode(400).body("error", containsString("name"));
        post("/sandbox/stores", "{\"name\": \"x\", \"orders\": -1, \"products\": 2}").statusCode(400)
                .body("error", containsString("orders"));
        post("/sandbox/stores", "{\"name\": \"x\", \"orders\": 3}").statusCode(400).body("error", containsString("products"));
        post("/sandbox/stores", "{\"name\": \"x\", \"orders\": 3, \"products\": 2, \"catalog\": \"shopify\"}")
                .statusCode(400).body("error", containsString("catalog"));
        post("/sandbox/stores", "{\"name\": \"x\", \"orders\": 3, \"products\": 2, \"rateLimit\": {\"bucketSize\": 0}}")
                .statusCode(400).body("error", containsString("bucketSize"));
        post("/sandbox/stores", "{not json").statusCode(400);

        long id = createStore("{\"name\": \"Validation\", \"orders\": 5, \"products\": 2}");
        post("/sandbox/stores/" + id + "/faults", "{\"type\": \"418\", \"count\": 1}").statusCode(400)
                .body("error", containsString("type"));
        post("/sandbox/stores/" + id + "/faults", "{\"type\": \"500\", \"count\": 1, \"share\": 0.5}").statusCode(400)
                .body("error", containsString("either count or share"));
        post("/sandbox/stores/" + id + "/faults", "{\"type\": \"500\", \"share\": 1.5}").statusCode(400);
        post("/sandbox/stores/" + id + "/tokens", "{\"scopes\": [\"read_everything\"]}").statusCode(400)
                .body("error", containsString("scopes"));
        post("/sandbox/stores/" + id + "/tokens", "{\"scopes\": [\"read_orders\"], \"prefix\": \"sk_fast_\"}")
                .statusCode(400).body("error", containsString("prefix"));
        post("/sandbox/stores/" + id + "/orders", "{\"count\": 0}").statusCode(400);
        long orderId = given().get("/sandbox/stores/" + id).then().extract().jsonPath().getLong("id");
        given().contentType("application/json").body("{\"status\": \"shipped\"}")
                .patch("/sandbox/stores/" + id + "/orders/" + orderId).then().statusCode(400)
                .body("error", containsString("status"));
        given().get("/sandbox/stores/999999").then().statusCode(404).body("error", containsString("999999"));
    }

    @Test
    void addsAndUpdatesOrdersBumpingUpdatedAt() {
        var created = post("/sandbox/stores", "{\"name\": \"Changes\", \"orders\": 20, \"products\": 3}")
                .statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        String token = created.getString("token");
        List<Long> ids = post("/sandbox/stores/" + id + "/orders", "{\"count\": 2}").statusCode(201)
                .extract().jsonPath().getList("ids", Long.class);
        assertThat(ids).hasSize(2);
        recharge(token).get("/orders/" + ids.get(1)).then().statusCode(200);

        long oldest = recharge(token).get("/orders?sort_by=id-asc&limit=1").then().extract().jsonPath().getLong("orders[0].id");
        String before = recharge(token).get("/orders/" + oldest).then().extract().path("order.updated_at");
        given().contentType("application/json")
                .body("{\"status\": \"cancelled\", \"note\": \"customer asked\", \"shipping_address\": {\"city\": \"Leeds\", \"zip\": \"LS1 4AP\"}}")
                .patch("/sandbox/stores/" + id + "/orders/" + oldest).then().statusCode(200).body("status", equalTo("cancelled"));
        recharge(token).get("/orders/" + oldest).then().statusCode(200)
                .body("order.status", equalTo("cancelled")).body("order.note", equalTo("customer asked"))
                .body("order.shipping_address.city", equalTo("Leeds"))
                .body("order.updated_at", not(equalTo(before)));
        given().contentType("application/json").body("{\"note\": \"x\"}")
                .patch("/sandbox/stores/" + id + "/orders/1").then().statusCode(404);
    }

    @Test
    void resetGoesBackToTheSeededStoreAndInvalidatesCursors() {
        var created = post("/sandbox/stores", "{\"name\": \"Reset\", \"orders\": 60, \"products\": 3, \"seed\": 5}")
                .statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        String token = created.getString("token");
        String seeded = recharge(token).get("/orders?limit=250").then().extract().asString();
        String cursor = recharge(token).get("/orders?limit=10").then().extract().path("next_cursor");
        post("/sandbox/stores/" + id + "/orders", "{\"count\": 4}").statusCode(201);

        post("/sandbox/stores/" + id + "/reset", "{}").statusCode(200).body("orders", equalTo(60));
        assertThat(recharge(token).get("/orders?limit=250").then().extract().asString()).isEqualTo(seeded);
        recharge(token).get("/orders?cursor=" + cursor).then().statusCode(422).body("errors.cursor[0]", equalTo("Invalid value"));
    }

    @Test
    void sameSeedSameStoreOtherSeedOtherStore() {
        String a = storeBody("{\"name\": \"Twin\", \"orders\": 300, \"products\": 10, \"seed\": 42}");
        String b = storeBody("{\"name\": \"Twin\", \"orders\": 300, \"products\": 10, \"seed\": 42}");
        String c = storeBody("{\"name\": \"Twin\", \"orders\": 300, \"products\": 10, \"seed\": 43}");
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void deletedStoreIsGoneAndItsTokenToo() {
        var created = post("/sandbox/stores", "{\"name\": \"Doomed\", \"orders\": 3, \"products\": 1}")
                .statusCode(201).extract().jsonPath();
        given().delete("/sandbox/stores/" + created.getLong("id")).then().statusCode(204);
        given().get("/sandbox/stores/" + created.getLong("id")).then().statusCode(404);
        recharge(created.getString("token")).get("/orders").then().statusCode(401);
    }

    @Test
    void liveStoreKeepsAddingOrders() throws InterruptedException {
        long id = createStore("{\"name\": \"Live\", \"orders\": 10, \"products\": 3,"
                + " \"live\": {\"ordersPerMinute\": 600, \"updatesPerMinute\": 600}}");
        java.time.Instant started = java.time.Instant.now().minusSeconds(1);
        Thread.sleep(2100);
        int orders = given().get("/sandbox/stores/" + id).then().statusCode(200).extract().path("orders");
        assertThat(orders).isGreaterThan(10);
        assertThat(stores.store(id).orElseThrow().orders())
                .anySatisfy(o -> assertThat(o.createdAt()).isBefore(started))
                .anySatisfy(o -> {
                    assertThat(o.createdAt()).isBefore(started);
                    assertThat(o.updatedAt()).isAfter(started);
                });
        given().delete("/sandbox/stores/" + id).then().statusCode(204);
    }

    /** Orders and products of a new store with this spec, as JSON text. */
    private static String storeBody(String spec) {
        String token = post("/sandbox/stores", spec).statusCode(201).extract().path("token");
        return recharge(token).get("/orders?limit=250&sort_by=id-asc").then().statusCode(200).extract().asString()
                + recharge(token).get("/products?limit=250").then().statusCode(200).extract().asString();
    }
}
