package io.rechargechannel.web.channels;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class WarehouseApiTest {

    @Test
    void theDefaultWarehouseExists() {
        given().get("/api/warehouses").then().statusCode(200)
                .body("find { it.code == 'MAIN' }.name", equalTo("Main warehouse"))
                .body("find { it.code == 'MAIN' }.countryCode", equalTo("GB"));
    }

    @Test
    void addsAWarehouseAndAChannelCanUseIt() {
        String code = "W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        int id = add(Map.of("code", code, "name", "Leeds", "address", "1 Canal St", "countryCode", "gb"))
                .statusCode(201)
                .header("Location", containsString("/api/warehouses/"))
                .body("code", equalTo(code))
                .body("countryCode", equalTo("GB"))
                .extract().path("id");
        given().get("/api/warehouses").then().body("code", hasItem(code));

        try (TokenInformationStub recharge = TokenInformationStub.start()) {
            ChannelApiTest.add(Map.of("name", ChannelApiTest.uniqueName(), "accessToken", recharge.fullToken(),
                            "baseUrl", recharge.baseUrl(), "warehouseId", id))
                    .statusCode(201)
                    .body("warehouseId", equalTo(id))
                    .body("warehouseCode", equalTo(code));
        }
    }

    @Test
    void refusesADuplicateCode() {
        add(Map.of("code", "main", "name", "Another", "countryCode", "GB"))
                .statusCode(409)
                .body("error", equalTo("A warehouse with code MAIN already exists"));
    }

    @Test
    void validatesTheWarehouse() {
        add(Map.of("code", "no spaces", "countryCode", "GBR"))
                .statusCode(400)
                .body("details.field", hasItems("code", "name", "countryCode"));
    }

    private static ValidatableResponse add(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/warehouses").then();
    }
}
