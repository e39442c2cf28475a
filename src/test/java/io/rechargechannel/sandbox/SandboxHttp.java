package io.rechargechannel.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: a ReCharge call to the sandbox as a 2021-11 client makes it. */
final class SandboxHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxHttp() {
    }

    static RequestSpecification recharge(String token) {
        return given().header("X-Recharge-Access-Token", token).header("X-Recharge-Version", "2021-11")
                .basePath(CreatedStore.BASE_URL);
    }

    /**
     * Follows next_cursor (sending only cursor and limit) and returns the ids of every page, in order. Parses
     * with Jackson: rest-assured's Groovy JSON path takes seconds on 250-order pages.
     */
    static List<Long> pageThrough(String token, String firstQuery, int limit, Runnable betweenPages) {
        List<Long> ids = new ArrayList<>();
        JsonNode page = json(recharge(token).get("/orders?limit=" + limit + "&" + firstQuery));
        page.get("orders").forEach(order -> ids.add(order.get("id").asLong()));
        while (!page.get("next_cursor").isNull()) {
            betweenPages.run();
            page = json(recharge(token).queryParam("cursor", page.get("next_cursor").asText()).queryParam("limit", limit)
                    .get("/orders"));
            page.get("orders").forEach(order -> ids.add(order.get("id").asLong()));
        }
        return ids;
    }

    static JsonNode json(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        try {
            return JSON.readTree(response.asByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
