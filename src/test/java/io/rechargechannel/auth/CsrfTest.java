package io.rechargechannel.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.testing.SandboxChannels;
import io.rechargechannel.testing.TestUsers;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A form post without its CSRF token changes nothing; with it, the change is made. htmx sends it as a header. */
@QuarkusTest
class CsrfTest {

    @Inject
    SandboxChannels fixture;

    @Test
    void aFormPostWithoutItsTokenChangesNothing() {
        PageSession admin = PageSession.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        admin.get("/settings/warehouses/new").then().statusCode(200);
        String code = "W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Map<String, String> form = Map.of("code", code, "name", "Forged", "countryCode", "GB");

        Response forged = admin.postWithoutToken("/settings/warehouses", form);

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.asString()).contains("That form could not be sent").contains("Nothing was changed");
        assertThat(fixture.count("SELECT count(*) FROM warehouse WHERE code = ?1", code)).isZero();

        Response real = admin.post("/settings/warehouses", form);

        assertThat(real.statusCode()).isEqualTo(303);
        assertThat(fixture.count("SELECT count(*) FROM warehouse WHERE code = ?1", code)).isEqualTo(1);
    }

    @Test
    void theActiveToggleFromHtmxNeedsItsHeader() {
        PageSession admin = PageSession.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        admin.get("/settings/sales-channels").then().statusCode(200);
        long channel = fixture.create(StoreSpec.of("Toggle", 10, 2), true).channelId();

        Response forged = admin.postWithoutToken("/settings/sales-channels/" + channel + "/active", Map.of("active", "false"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(fixture.count("SELECT count(*) FROM sales_channel WHERE id = ?1 AND active", channel)).isEqualTo(1);

        Response toggled = admin.htmxPost("/settings/sales-channels/" + channel + "/active", Map.of("active", "false"));

        assertThat(toggled.statusCode()).isEqualTo(200);
        assertThat(toggled.asString()).contains("id=\"channel-" + channel + "\"").contains("Off");
        assertThat(fixture.count("SELECT count(*) FROM sales_channel WHERE id = ?1 AND NOT active", channel)).isEqualTo(1);
    }

    @Test
    void aFormPostToTheApiWithoutATokenIsRefusedInTheApisShape() {
        long channel = fixture.create(StoreSpec.of("Forged", 10, 2), true).channelId();

        given().contentType(ContentType.URLENC).formParam("active", "false")
                .post("/api/channels/" + channel + "/sync").then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("details[0].field", equalTo("csrf-token"));
    }

    @Test
    void signingOutNeedsTheTokenToo() {
        PageSession ops = PageSession.signIn(TestUsers.OPS, TestUsers.DEMO_PASSWORD);
        ops.get("/status").then().statusCode(200);

        assertThat(ops.postWithoutToken("/logout", Map.of()).statusCode()).isEqualTo(400);
        ops.get("/status").then().statusCode(200);
    }
}
