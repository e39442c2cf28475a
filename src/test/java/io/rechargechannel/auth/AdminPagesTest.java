package io.rechargechannel.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.SandboxChannels;
import io.rechargechannel.testing.TestUsers;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** The admin's pages used as a person does: signed in with the form, each post carrying its CSRF token. */
@QuarkusTest
class AdminPagesTest {

    private static final String PASSWORD = "picking-all-day-long";

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Test
    void anAdminAddsAUserOnTheUsersPageAndLaterDisablesThem() {
        PageSession admin = PageSession.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String username = "picker-" + UUID.randomUUID().toString().substring(0, 6);
        admin.get("/settings/users/new").then().statusCode(200);

        Response tooShort = admin.post("/settings/users", Map.of("username", username, "password", "short", "roles", "warehouse"));
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.asString()).contains("at least 12 characters").contains("value=\"" + username + "\"");
        assertThat(fixture.count("SELECT count(*) FROM app_user WHERE username = ?1", username)).isZero();

        Response added = admin.post("/settings/users", Map.of("username", username, "password", PASSWORD, "roles", "warehouse"));
        assertThat(added.statusCode()).isEqualTo(303);
        PageSession picker = PageSession.signIn(username, PASSWORD);
        picker.get("/orders").then().statusCode(200);
        picker.get("/settings/users").then().statusCode(403);

        long id = fixture.count("SELECT id FROM app_user WHERE username = ?1", username);
        admin.get("/settings/users/" + id).then().statusCode(200);
        Response disabled = admin.post("/settings/users/" + id, Map.of("roles", "warehouse")); // "Enabled" left unticked
        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(fixture.count("SELECT count(*) FROM app_user WHERE id = ?1 AND NOT enabled", id)).isEqualTo(1);
        assertThatThrownBy(() -> PageSession.signIn(username, PASSWORD)).isInstanceOf(AssertionError.class);
    }

    @Test
    void savingAChannelWithTheAccessTokenLeftEmptyKeepsTheToken() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Keep token", 5, 2), true);
        long channel = linked.channelId();
        assertThat(fixture.count("SELECT token_version FROM sales_channel WHERE id = ?1", channel)).isEqualTo(1);
        PageSession admin = PageSession.signIn(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        String page = admin.get("/settings/sales-channels/" + channel).then().statusCode(200).extract().asString();
        String last4 = linked.token().substring(linked.token().length() - 4);
        assertThat(page).contains("••••" + last4).doesNotContain(linked.token());

        String renamed = "Kept token " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", renamed);
        form.put("accessToken", "");
        form.put("baseUrl", SandboxChannels.baseUrl());
        form.put("warehouseId", fixture.count("SELECT warehouse_id FROM sales_channel WHERE id = ?1", channel));
        form.put("active", "on");
        form.put("autoSyncStock", "on");
        form.put("syncIntervalSeconds", "60");
        form.put("feedbackEmails.delayDays", "7");
        Response saved = admin.post("/settings/sales-channels/" + channel, form);

        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        assertThat(fixture.count("SELECT token_version FROM sales_channel WHERE id = ?1", channel))
                .as("the token was not replaced").isEqualTo(1);
        assertThat(sync.run(channel, SyncTrigger.MANUAL)).isEqualTo(ChannelSync.Result.RAN);
        given().get("/api/channels/" + channel).then().statusCode(200)
                .body("name", equalTo(renamed))
                .body("status", equalTo("OK"))
                .body("tokenLast4", equalTo(last4))
                .body("tokenVersion", equalTo(1));
    }
}
