package io.rechargechannel.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static io.rechargechannel.sandbox.SandboxHttp.recharge;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Faults on demand, each observed as a client sees it. */
@QuarkusTest
class SandboxFaultsTest {

    @Inject
    SandboxStores stores;

    @TestHTTPResource("/sandbox/recharge/orders?limit=50")
    URI ordersUri;

    private CreatedStore store;

    @BeforeEach
    void createStore() {
        store = stores.create(StoreSpec.of("Faulty", 100, 10).withRateLimit(StoreSpec.RateLimit.OFF));
    }

    private void fault(String json) {
        given().contentType("application/json").body(json).post("/sandbox/stores/" + store.id() + "/faults")
                .then().statusCode(201);
    }

    @Test
    void nextAnswersAre429ThenNormalAgain() {
        fault("{\"type\": \"429\", \"count\": 2}");
        recharge(store.token()).get("/orders").then().statusCode(429).body("errors", equalTo("Too many requests"))
                .header("X-Recharge-Limit", org.hamcrest.Matchers.notNullValue());
        recharge(store.token()).get("/orders").then().statusCode(429);
        recharge(store.token()).get("/orders").then().statusCode(200);
    }

    @Test
    void serverErrorsInTheOrderTheyWereAdded() {
        for (String status : new String[]{"500", "502", "503", "504"}) {
            fault("{\"type\": \"" + status + "\", \"count\": 1}");
        }
        recharge(store.token()).get("/orders").then().statusCode(500).body("errors", equalTo("Internal Server Error"));
        recharge(store.token()).get("/orders").then().statusCode(502).body(containsString("Bad Gateway"));
        recharge(store.token()).get("/orders").then().statusCode(503);
        recharge(store.token()).get("/orders").then().statusCode(504);
        recharge(store.token()).get("/orders").then().statusCode(200);
        assertThat(stores.store(store.id()).orElseThrow().counters().faults()).isEqualTo(4);
    }

    @Test
    void slowAnswersComeLateButWhole() {
        fault("{\"type\": \"slow\", \"count\": 1, \"delayMs\": 400}");
        long started = System.nanoTime();
        recharge(store.token()).get("/orders?limit=3").then().statusCode(200).body("orders.size()", equalTo(3));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void truncatedBodyIsShorterThanItsContentLength() {
        fault("{\"type\": \"truncated\", \"count\": 1}");
        assertThatThrownBy(() -> SandboxHttp.CLIENT.send(request(), HttpResponse.BodyHandlers.ofByteArray()))
                .isInstanceOf(IOException.class);
        recharge(store.token()).get("/orders").then().statusCode(200);
    }

    @Test
    void malformedJsonIs200WithAnHonestContentLength() throws Exception {
        fault("{\"type\": \"malformed\", \"count\": 1}");
        HttpResponse<byte[]> response = SandboxHttp.CLIENT.send(request(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        assertThatThrownBy(() -> new ObjectMapper().readTree(response.body())).isInstanceOf(IOException.class);
    }

    @Test
    void shareOfAnswersUntilCleared() {
        fault("{\"type\": \"503\", \"share\": 1.0}");
        recharge(store.token()).get("/orders").then().statusCode(503);
        recharge(store.token()).get("/store").then().statusCode(503);
        given().get("/sandbox/stores/" + store.id()).then().statusCode(200).body("faults[0].type", equalTo("503"));
        given().delete("/sandbox/stores/" + store.id() + "/faults").then().statusCode(204);
        recharge(store.token()).get("/orders").then().statusCode(200);
    }

    @Test
    void revokedTokenIs401() {
        recharge(store.token()).get("/orders").then().statusCode(200);
        given().delete("/sandbox/stores/" + store.id() + "/tokens/" + store.token()).then().statusCode(204);
        recharge(store.token()).get("/orders").then().statusCode(401).body("errors", containsString("revoked"));
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(ordersUri).header("X-Recharge-Access-Token", store.token())
                .header("X-Recharge-Version", "2021-11").timeout(Duration.ofSeconds(10)).build();
    }
}
