package io.rechargechannel.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.rechargechannel.sandbox.SandboxHttp.recharge;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** ReCharge's leaky bucket over HTTP: 40 deep, 2 per second, per token, with X-Recharge-Limit on every answer. */
@QuarkusTest
class SandboxRateLimitTest {

    @Inject
    SandboxStores stores;

    private static List<Response> burst(String token, int calls) {
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            answers.add(recharge(token).get("/token_information"));
        }
        return answers;
    }

    @Test
    void fortyFiveQuickCallsGetA429AndWaitingLetsCallsThroughAgain() throws InterruptedException {
        CreatedStore store = stores.create(StoreSpec.of("Throttled", 10, 5));
        List<Response> answers = burst(store.token(), 45);

        assertThat(answers).allSatisfy(a -> assertThat(a.header("X-Recharge-Limit")).matches("\\d+/40"));
        assertThat(answers).allSatisfy(a -> assertThat(a.header("X-Request-Id")).isNotBlank());
        List<Response> throttled = answers.stream().filter(a -> a.statusCode() == 429).toList();
        assertThat(throttled).isNotEmpty();
        assertThat(throttled.get(0).jsonPath().getString("errors")).isEqualTo("Too many requests");
        assertThat(answers.subList(0, 40)).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
        assertThat(stores.store(store.id()).orElseThrow().counters().throttled()).isEqualTo(throttled.size());

        Thread.sleep(1100);
        recharge(store.token()).get("/token_information").then().statusCode(200);
    }

    @Test
    void eachTokenHasItsOwnBucketAndPrefixesMultiplyTheBucket() {
        CreatedStore store = stores.create(StoreSpec.of("Two tokens", 10, 5));
        String bigBucket = stores.store(store.id()).orElseThrow().issueToken(List.of("read_orders"), "sk_1x2_");
        assertThat(burst(store.token(), 50)).anySatisfy(a -> assertThat(a.statusCode()).isEqualTo(429));

        List<Response> answers = burst(bigBucket, 60);
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
        assertThat(answers.get(59).header("X-Recharge-Limit")).endsWith("/80");
    }

    @Test
    void rateLimitCanBeSwitchedOffForBenchmarks() {
        CreatedStore store = stores.create(StoreSpec.of("Unthrottled", 10, 5));
        given().contentType("application/json").body("{\"enabled\": false}")
                .put("/sandbox/stores/" + store.id() + "/rate-limit").then().statusCode(200);
        assertThat(burst(store.token(), 60)).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
    }

    @Test
    void bucketSizeIsConfigurablePerStore() {
        CreatedStore store = stores.create(StoreSpec.of("Small bucket", 10, 5)
                .withRateLimit(new StoreSpec.RateLimit(true, 5, 1.0)));
        List<Response> answers = burst(store.token(), 7);
        assertThat(answers.get(0).header("X-Recharge-Limit")).isEqualTo("1/5");
        assertThat(answers.get(6).statusCode()).isEqualTo(429);
        assertThat(answers.get(6).header("X-Recharge-Limit")).isEqualTo("5/5");
    }
}
