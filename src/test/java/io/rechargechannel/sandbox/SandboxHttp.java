package io.rechargechannel.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: a ReCharge call to the sandbox as a 2021-11 client makes it. */
final class SandboxHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * HTTP/1.1 as ReCharge clients speak it. The JDK client's default, HTTP/2, tries an h2c upgrade on
     * plain http and now and then misreads a large answer as a broken frame.
     */
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SandboxHttp() {
    }

    static RequestSpecification recharge(String token) {
        return given().header("X-Recharge-Access-Token", token).header("X-Recharge-Version", "2021-11")
                .basePath(CreatedStore.BASE_URL);
    }

    /**
     * Follows next_cursor (sending only cursor and limit) and returns the ids of every page, in order. Uses the
     * JDK client and Jackson: rest-assured takes about half a second per 250-order (900 KB) page.
     */
    static List<Long> pageThrough(String token, String firstQuery, int limit, Runnable betweenPages) {
        List<Long> ids = new ArrayList<>();
        JsonNode page = get(token, "limit=" + limit + "&" + firstQuery);
        page.get("orders").forEach(order -> ids.add(order.get("id").asLong()));
        while (!page.get("next_cursor").isNull()) {
            betweenPages.run();
            page = get(token, "limit=" + limit + "&cursor=" + page.get("next_cursor").asText());
            page.get("orders").forEach(order -> ids.add(order.get("id").asLong()));
        }
        return ids;
    }

    private static JsonNode get(String token, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + CreatedStore.BASE_URL + "/orders?" + query))
                .header("X-Recharge-Access-Token", token).header("X-Recharge-Version", "2021-11").build();
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
