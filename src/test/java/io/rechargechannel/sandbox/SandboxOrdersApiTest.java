package io.rechargechannel.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The 2021-11 shapes and every status code of the ReCharge paths except 429 (see the rate-limit test). */
@QuarkusTest
class SandboxOrdersApiTest {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00";
    private static final String MONEY = "\\d+\\.\\d\\d";

    @Inject
    SandboxStores stores;

    private CreatedStore store;

    @BeforeEach
    void createStore() {
        store = stores.create(StoreSpec.of("Orders API", 120, 10).withSeed(7));
    }

    private RequestSpecification recharge(String token) {
        return given().header("X-Recharge-Access-Token", token).header("X-Recharge-Version", "2021-11")
                .basePath(CreatedStore.BASE_URL);
    }

    @Test
    void listsOrdersInThe202111Shape() {
        recharge(store.token()).get("/orders?limit=5").then().statusCode(200)
                .header("X-Request-Id", notNullValue())
                .header("X-Recharge-Limit", matchesPattern("\\d+/40"))
                .body("orders.size()", equalTo(5))
                .body("previous_cursor", nullValue())
                .body("next_cursor", notNullValue())
                .body("orders[0]", hasKey("billing_address"))
                .body("orders.status", everyItem(matchesPattern("success|queued|cancelled|refunded|error")))
                .body("orders.type", everyItem(matchesPattern("checkout|recurring")))
                .body("orders.created_at", everyItem(matchesPattern(TIME)))
                .body("orders.updated_at", everyItem(matchesPattern(TIME)))
                .body("orders.total_price", everyItem(matchesPattern(MONEY)))
                .body("orders.currency", everyItem(matchesPattern("GBP|USD|EUR")))
                .body("orders.tags", everyItem(containsString("Subscription")))
                .body("orders[0].customer.email", containsString("@example.com"))
                .body("orders[0].customer", org.hamcrest.Matchers.not(hasKey("first_name")))
                .body("orders[0].customer.external_customer_id.ecommerce", notNullValue())
                .body("orders[0].shipping_address.country_code", matchesPattern("[A-Z]{2}"))
                .body("orders[0].shipping_address.first_name", notNullValue())
                .body("orders[0].external_order_id.ecommerce", notNullValue())
                .body("orders[0].line_items[0].purchase_item_id", notNullValue())
                .body("orders[0].line_items[0].external_variant_id.ecommerce", notNullValue())
                .body("orders[0].line_items[0].external_product_id.ecommerce", notNullValue())
                .body("orders[0].line_items[0].sku", notNullValue())
                .body("orders[0].line_items[0].unit_price", matchesPattern(MONEY))
                .body("orders[0].line_items[0].grams", notNullValue())
                .body("orders[0].shipping_lines[0].price", matchesPattern(MONEY))
                .body("orders[0].is_prepaid", notNullValue());
    }

    @Test
    void defaultSortIsIdDescendingAndOneOrderCanBeRead() {
        List<Long> truth = stores.store(store.id()).orElseThrow().orders().stream().map(SandboxOrder::id).toList();
        long newest = truth.get(truth.size() - 1);
        assertThat(recharge(store.token()).get("/orders?limit=1").then().statusCode(200)
                .extract().jsonPath().getLong("orders[0].id")).isEqualTo(newest);
        assertThat(recharge(store.token()).get("/orders/" + newest).then().statusCode(200)
                .extract().jsonPath().getLong("order.id")).isEqualTo(newest);
    }

    @Test
    void filtersByStatusAndIds() {
        List<SandboxOrder> truth = stores.store(store.id()).orElseThrow().orders();
        long queued = truth.stream().filter(o -> o.status().equals("queued")).count();
        recharge(store.token()).get("/orders?status=queued&limit=250").then().statusCode(200)
                .body("orders.size()", equalTo((int) queued));
        String ids = truth.get(3).id() + "," + truth.get(9).id();
        List<Long> got = recharge(store.token()).get("/orders?ids=" + ids).then().statusCode(200)
                .extract().jsonPath().getList("orders.id", Long.class);
        assertThat(got).containsExactly(truth.get(9).id(), truth.get(3).id());
    }

    @Test
    void unknownOrderIs404() {
        recharge(store.token()).get("/orders/1").then().statusCode(404).body("errors", equalTo("Not Found"));
        recharge(store.token()).get("/charges").then().statusCode(404).body("errors", equalTo("Not Found"));
    }

    @Test
    void missingOrUnknownTokenIs401() {
        given().header("X-Recharge-Version", "2021-11").get(CreatedStore.BASE_URL + "/orders").then()
                .statusCode(401).header("X-Request-Id", notNullValue()).body("errors", containsString("X-Recharge-Access-Token"));
        recharge("sk_nope").get("/orders").then().statusCode(401).body("errors", containsString("Invalid access token"));
    }

    @Test
    void tokenWithoutTheScopeIs403NamingTheScope() {
        String storeOnly = stores.store(store.id()).orElseThrow().issueToken(List.of("store_info"), null);
        recharge(storeOnly).get("/orders").then().statusCode(403).body("errors", containsString("read_orders"));
        recharge(storeOnly).get("/products").then().statusCode(403).body("errors", containsString("read_products"));
        recharge(storeOnly).get("/store").then().statusCode(200).body("store.default_api_version", equalTo("2021-11"));
        recharge(storeOnly).get("/token_information").then().statusCode(200)
                .body("token_information.scopes", equalTo(List.of("store_info")));
        String ordersOnly = stores.store(store.id()).orElseThrow().issueToken(List.of("read_orders"), null);
        recharge(ordersOnly).get("/store").then().statusCode(403).body("errors", containsString("store_info"));
    }

    @Test
    void tokenInformationListsAllScopesOfTheIssuedToken() {
        recharge(store.token()).get("/token_information").then().statusCode(200)
                .body("token_information.name", notNullValue())
                .body("token_information.contact_email", containsString("@"))
                .body("token_information.client.name", notNullValue())
                .body("token_information.scopes", hasItems("read_orders", "write_orders", "read_products",
                        "write_products", "store_info"));
    }

    @Test
    void wrongOrMissingVersionIs426() {
        given().header("X-Recharge-Access-Token", store.token()).header("X-Recharge-Version", "2021-01")
                .get(CreatedStore.BASE_URL + "/orders").then().statusCode(426).body("errors", containsString("2021-11"));
        given().header("X-Recharge-Access-Token", store.token())
                .get(CreatedStore.BASE_URL + "/orders").then().statusCode(426);
    }

    @Test
    void invalidListParametersAre422() {
        recharge(store.token()).get("/orders?limit=251").then().statusCode(422).body("errors", hasKey("limit"));
        recharge(store.token()).get("/orders?limit=0").then().statusCode(422).body("errors", hasKey("limit"));
        recharge(store.token()).get("/orders?sort_by=price-asc").then().statusCode(422).body("errors", hasKey("sort_by"));
        recharge(store.token()).get("/orders?updated_at_min=x").then().statusCode(422)
                .body("errors.updated_at_min[0]", equalTo("Invalid date: x. Must be a valid ISO-8601 datetime string"));
        recharge(store.token()).get("/orders?cursor=notacursor").then().statusCode(422)
                .body("errors.cursor[0]", equalTo("Invalid value"));
        String next = recharge(store.token()).get("/orders?limit=5").then().extract().path("next_cursor");
        recharge(store.token()).get("/orders?limit=5&status=success&cursor=" + next).then().statusCode(422)
                .body("errors", hasKey("cursor"));
        recharge(store.token()).get("/orders?limit=5&cursor=" + next).then().statusCode(200)
                .body("previous_cursor", notNullValue());
    }
}
