package io.rechargechannel.despatch;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.Floor;
import io.rechargechannel.testing.SandboxChannels;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** Despatching one order over the API: what it changes, what it refuses, and that a repeat is harmless. */
@QuarkusTest
class DespatchApiTest {

    private static final long MAIN = 1;

    @Inject
    Floor floor;

    @Test
    void carriersAreListedWithTheirTrackingPages() {
        given().get("/api/carriers").then().statusCode(200)
                .body("code", hasItems("royal-mail", "dpd", "dhl", "ups", "fedex", "evri", "usps", "parcelforce"))
                .body("find { it.code == 'royal-mail' }.trackingUrlTemplate",
                        equalTo("https://www.royalmail.com/track-your-item#/tracking-results/{trackingNumber}"))
                .body("find { it.code == 'ups' }.name", equalTo("UPS"));
    }

    @Test
    void aDespatchMarksTheOrderLowersOnHandReleasesTheAllocationAndTellsTheLedgerAndTimeline() {
        SandboxChannels.Linked linked = floor.channel("Despatch one", 30, 5, 21);
        long order = floor.ordersWithSkus(linked.channelId(), "ALLOCATED").get(0);
        String sku = floor.firstSku(order);
        long units = floor.units(order, sku);
        long onHandBefore = floor.onHand(MAIN, sku);
        long allocatedBefore = floor.allocated(MAIN, sku);

        given().contentType(ContentType.JSON).body(Map.of("carrier", "royal-mail", "trackingNumber", "AB 1234 5678 GB"))
                .post("/api/orders/" + order + "/despatch").then().statusCode(200)
                .body("orderId", equalTo((int) order)).body("carrier", equalTo("royal-mail"))
                .body("carrierName", equalTo("Royal Mail")).body("repeat", equalTo(false))
                .body("trackingUrl", equalTo("https://www.royalmail.com/track-your-item#/tracking-results/AB%201234%205678%20GB"));

        given().get("/api/orders/" + order).then().statusCode(200).body("fulfilmentStatus", equalTo("DESPATCHED"))
                .body("lines.allocatedQuantity", not(hasItems(org.hamcrest.Matchers.greaterThan(0))));
        assertThat(floor.onHand(MAIN, sku)).isEqualTo(onHandBefore - units);
        assertThat(floor.allocated(MAIN, sku)).isEqualTo(allocatedBefore - units);
        assertThat(floor.count("SELECT count(*) FROM orders WHERE id = ?1 AND carrier = 'royal-mail' "
                + "AND tracking_number = 'AB 1234 5678 GB' AND despatched_at IS NOT NULL", order)).isEqualTo(1);
        assertThat(floor.count("SELECT count(*) FROM order_event WHERE order_id = ?1 AND kind = 'DESPATCHED' "
                + "AND actor = 'admin' AND summary LIKE '%Royal Mail%AB 1234 5678 GB%'", order)).isEqualTo(1);
        given().queryParam("warehouseId", MAIN).queryParam("sku", sku).get("/api/stock/movements").then().statusCode(200)
                .body("items[0].kind", equalTo("DESPATCH")).body("items[0].orderId", equalTo((int) order))
                .body("items[0].onHandDelta", equalTo((int) -units)).body("items[0].allocatedDelta", equalTo((int) -units))
                .body("items[0].actor", equalTo("admin"));
        assertThat(floor.ledgerMismatches()).isZero();
    }

    @Test
    void theSameDespatchAgainIsHarmlessAndAnotherTrackingNumberIsRefused() {
        SandboxChannels.Linked linked = floor.channel("Despatch twice", 20, 4, 22);
        long order = floor.ordersWithSkus(linked.channelId(), "ALLOCATED").get(0);
        String sku = floor.firstSku(order);
        Map<String, String> body = Map.of("carrier", "dpd", "trackingNumber", "15501234567890");
        int first = given().contentType(ContentType.JSON).body(body).post("/api/orders/" + order + "/despatch")
                .then().statusCode(200).extract().path("despatchId");
        long onHandAfterFirst = floor.onHand(MAIN, sku);

        given().contentType(ContentType.JSON).body(Map.of("carrier", "DPD", "trackingNumber", "1550 1234 567890"))
                .post("/api/orders/" + order + "/despatch").then().statusCode(200)
                .body("despatchId", equalTo(first)).body("repeat", equalTo(true))
                .body("trackingNumber", equalTo("15501234567890"));
        assertThat(floor.onHand(MAIN, sku)).isEqualTo(onHandAfterFirst);
        assertThat(floor.count("SELECT count(*) FROM despatch WHERE order_id = ?1", order)).isEqualTo(1);
        assertThat(floor.count("SELECT count(*) FROM order_event WHERE order_id = ?1 AND kind = 'DESPATCHED'", order)).isEqualTo(1);
        assertThat(floor.count("SELECT count(*) FROM stock_movement WHERE order_id = ?1 AND kind = 'DESPATCH'", order))
                .isEqualTo(floor.count("SELECT count(DISTINCT sku) FROM order_line WHERE order_id = ?1 AND sku IS NOT NULL", order));

        given().contentType(ContentType.JSON).body(Map.of("carrier", "dpd", "trackingNumber", "99999999999"))
                .post("/api/orders/" + order + "/despatch").then().statusCode(409)
                .body("error", containsString("another tracking number cannot be given"))
                .body("error", containsString("15501234567890"));
        given().contentType(ContentType.JSON).body(Map.of("carrier", "ups", "trackingNumber", "15501234567890"))
                .post("/api/orders/" + order + "/despatch").then().statusCode(409);
    }

    @Test
    void cancelledHeldAndScheduledOrdersAreNotDespatched() {
        SandboxChannels.Linked linked = floor.channel("Despatch refused", 30, 4, 23);
        List<Long> ready = floor.ordersWithSkus(linked.channelId(), "ALLOCATED");
        long cancelled = ready.get(0);
        long held = ready.get(1);
        floor.execute("UPDATE orders SET fulfilment_status = 'CANCELLED' WHERE id = ?1", cancelled);
        floor.execute("UPDATE orders SET fulfilment_status = 'ON_HOLD' WHERE id = ?1", held);
        Map<String, String> body = Map.of("carrier", "evri", "trackingNumber", "H01234567890123");

        given().contentType(ContentType.JSON).body(body).post("/api/orders/" + cancelled + "/despatch").then()
                .statusCode(409).body("error", containsString("is cancelled"));
        given().contentType(ContentType.JSON).body(body).post("/api/orders/" + held + "/despatch").then()
                .statusCode(409).body("error", containsString("on hold"));
        List<Long> scheduled = floor.orders(linked.channelId(), "SCHEDULED");
        if (!scheduled.isEmpty()) {
            given().contentType(ContentType.JSON).body(body).post("/api/orders/" + scheduled.get(0) + "/despatch").then()
                    .statusCode(409).body("error", containsString("scheduled"));
        }
        assertThat(floor.count("SELECT count(*) FROM despatch WHERE order_id IN (?1, ?2)", cancelled, held)).isZero();
    }

    @Test
    void anInternationalOrderWaitsForACompleteCommercialInvoice() {
        SandboxChannels.Linked linked = floor.channel("Despatch abroad", 20, 4, 24);
        long order = floor.ordersWithSkus(linked.channelId(), "ALLOCATED").get(0);
        floor.execute("UPDATE orders SET ship_country_code = 'US' WHERE id = ?1", order);
        Map<String, String> body = Map.of("carrier", "fedex", "trackingNumber", "794612345678");

        given().contentType(ContentType.JSON).body(body).post("/api/orders/" + order + "/despatch").then()
                .statusCode(422).body("error", containsString("goes to US"))
                .body("error", containsString("EORI number")).body("error", containsString("HS code"))
                .body("details[0].field", equalTo("commercialInvoice"));
        assertThat(floor.count("SELECT count(*) FROM orders WHERE id = ?1 AND fulfilment_status = 'ALLOCATED'", order)).isOne();

        given().contentType(ContentType.JSON).body(Map.of("commercialInvoice", Map.of("companyName", "Example Ltd",
                        "address", "Unit 1, Example Park", "eori", "GB123456789000", "countryOfOrigin", "GB",
                        "hsCode", "090121", "reasonForExport", "SALE", "termsOfSale", "DAP")))
                .patch("/api/channels/" + linked.channelId()).then().statusCode(200);
        given().contentType(ContentType.JSON).body(body).post("/api/orders/" + order + "/despatch").then()
                .statusCode(200).body("trackingUrl", equalTo("https://www.fedex.com/fedextrack/?trknbr=794612345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "AB1", "AB12<script>", "AB12/../x", "12345678901234567890123456789012345678901"})
    void aTrackingNumberThatCannotBeOneIsRefusedNamingTheField(String trackingNumber) {
        given().contentType(ContentType.JSON).body(Map.of("carrier", "royal-mail", "trackingNumber", trackingNumber))
                .post("/api/orders/1/despatch").then().statusCode(400)
                .body("details[0].field", equalTo("trackingNumber"));
    }

    @Test
    void anUnknownCarrierOrOrderIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("carrier", "pigeon", "trackingNumber", "AB123456"))
                .post("/api/orders/1/despatch").then().statusCode(400)
                .body("details[0].field", equalTo("carrier")).body("details[0].message", containsString("royal-mail"))
                .body("error", not(containsString("pigeon")));
        given().contentType(ContentType.JSON).body(Map.of("trackingNumber", "AB123456"))
                .post("/api/orders/1/despatch").then().statusCode(400).body("details[0].field", equalTo("carrier"));
        given().contentType(ContentType.JSON).body(Map.of("carrier", "ups", "trackingNumber", "1Z999AA10123456784"))
                .post("/api/orders/987654321/despatch").then().statusCode(404);
    }
}
