package io.rechargechannel.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.rechargechannel.sandbox.SandboxHttp.recharge;
import static io.restassured.RestAssured.given;

/** With {@code sandbox.enabled=false}, as in prod, every /sandbox path is 404, the control API included. */
@QuarkusTest
@TestProfile(SandboxDisabledTest.Disabled.class)
class SandboxDisabledTest {

    public static class Disabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sandbox.enabled", "false");
        }
    }

    @Test
    void everySandboxPathIs404() {
        given().contentType("application/json").body("{\"name\": \"x\", \"orders\": 1, \"products\": 1}")
                .post("/sandbox/stores").then().statusCode(404);
        given().get("/sandbox/stores").then().statusCode(404);
        recharge("any").get("/orders").then().statusCode(404);
        recharge("any").get("/token_information").then().statusCode(404);
        given().get("/q/health/live").then().statusCode(200);
    }
}
