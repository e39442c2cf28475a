package io.rechargechannel.web.channels;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.SandboxChannels;
import io.rechargechannel.testing.TestUsers;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.rechargechannel.web.channels.ChannelApiTest.add;
import static io.rechargechannel.web.channels.ChannelApiTest.patch;
import static io.rechargechannel.web.channels.ChannelApiTest.uniqueName;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A channel's life through the API: saved off with a bad token, refused activation, fixed, removed. */
@QuarkusTest
class ChannelLifecycleTest {

    private static TokenInformationStub recharge;

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @BeforeAll
    static void startReCharge() {
        recharge = TokenInformationStub.start();
    }

    @AfterAll
    static void stopReCharge() {
        recharge.close();
    }

    @Test
    void aChannelWhoseTokenFailsCanBeSavedOffButNotTurnedOn() {
        int id = add(Map.of("name", uniqueName(), "accessToken", recharge.readOnlyToken(), "baseUrl", recharge.baseUrl(),
                "active", false))
                .statusCode(201)
                .body("active", equalTo(false))
                .body("status", equalTo("MISSING_PERMISSION"))
                .body("statusMessage", allOf(containsString("Orders: Read and write (write_orders)"),
                        containsString("Products: Read and write (write_products)"), containsString("Tools & apps")))
                .extract().path("id");

        patch(id, Map.of("active", true))
                .statusCode(422)
                .body("error", containsString("The channel cannot be turned on"))
                .body("details.message", hasItem(containsString("(write_products) is missing")));
        given().get("/api/channels/" + id).then().body("active", equalTo(false));

        patch(id, Map.of("accessToken", recharge.fullToken(), "active", true))
                .statusCode(200)
                .body("active", equalTo(true))
                .body("status", equalTo("NEVER_SYNCED"))
                .body("tokenVersion", equalTo(2));
    }

    @Test
    void aRejectedTokenIsSavedOffWithTheSameWordsAsTheCheck() {
        add(Map.of("name", uniqueName(), "accessToken", "sk_test_unknown_token_0000", "baseUrl", recharge.baseUrl(),
                "active", false))
                .statusCode(201)
                .body("status", equalTo("TOKEN_REJECTED"))
                .body("statusMessage", containsString("ReCharge rejected the access token"));
    }

    @Test
    void theTokenCanBeCheckedOnDemandAndAFixedTokenClearsTheStatus() {
        String token = recharge.readOnlyToken();
        int id = add(Map.of("name", uniqueName(), "accessToken", token, "baseUrl", recharge.baseUrl(), "active", false))
                .statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).post("/api/channels/" + id + "/token-check").then()
                .statusCode(200)
                .body("outcome", equalTo("LACKS_PERMISSIONS"))
                .body("missingPermissions.permission", hasItem("Products: Read and write"));

        recharge.grantAll(token); // the admin edits the token's permissions in ReCharge: same token, new scopes

        given().contentType(ContentType.JSON).post("/api/channels/" + id + "/token-check").then()
                .statusCode(200)
                .body("outcome", equalTo("USABLE"));
        given().get("/api/channels/" + id).then()
                .body("status", equalTo("NEVER_SYNCED"))
                .body("statusMessage", equalTo(null));
        patch(id, Map.of("active", true)).statusCode(200).body("active", equalTo(true));
    }

    @Test
    void anEditThatChangesNothingChangesNoTimestampAndWritesNoAuditEntry() {
        int id = add(Map.of("name", uniqueName(), "accessToken", recharge.fullToken(), "baseUrl", recharge.baseUrl()))
                .statusCode(201).extract().path("id");
        String updatedAt = given().get("/api/channels/" + id).then().extract().path("updatedAt");
        int entries = auditEntries(id);

        patch(id, Map.of("syncIntervalSeconds", 60, "active", true, "brand", Map.of())).statusCode(200)
                .body("updatedAt", equalTo(updatedAt));

        assertThat(auditEntries(id)).isEqualTo(entries);
        patch(id, Map.of("syncIntervalSeconds", 90)).statusCode(200).body("updatedAt", not(equalTo(updatedAt)));
        assertThat(auditEntries(id)).isEqualTo(entries + 1);
    }

    @Test
    void removingAChannelKeepsItsOrdersAndFreesItsName() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Removed", 300, 10), true);
        sync.run(linked.channelId(), SyncTrigger.MANUAL);
        long orders = fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", linked.channelId());
        assertThat(orders).isEqualTo(300);
        String name = given().get("/api/channels/" + linked.channelId()).then().extract().path("name");

        given().delete("/api/channels/" + linked.channelId()).then().statusCode(204);

        given().get("/api/channels/" + linked.channelId()).then().statusCode(404);
        given().get("/api/channels").then().body("id", not(hasItem((int) linked.channelId())));
        assertThat(fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", linked.channelId())).isEqualTo(orders);
        assertThat(sync.run(linked.channelId(), SyncTrigger.MANUAL)).isNotEqualTo(ChannelSync.Result.RAN);
        add(Map.of("name", name, "accessToken", recharge.fullToken(), "baseUrl", recharge.baseUrl())).statusCode(201);
    }

    @Test
    void aTokenIsAuditedByItsLastFourCharactersNeverByItsValue() {
        String first = recharge.fullToken();
        String second = recharge.fullToken();
        int id = add(Map.of("name", uniqueName(), "accessToken", first, "baseUrl", recharge.baseUrl()))
                .statusCode(201).extract().path("id");
        patch(id, Map.of("accessToken", second)).statusCode(200);

        String audit = given().get("/api/audit?subject=CHANNEL&subjectId=" + id).then().statusCode(200)
                .body("items[0].actor", equalTo(TestUsers.ADMIN))
                .body("items[0].action", equalTo("CHANGED"))
                .body("items[0].changes.find { it.setting == 'accessToken' }.note",
                        equalTo("token replaced, ends in " + second.substring(second.length() - 4)))
                .body("items[1].action", equalTo("CREATED"))
                .body("items[1].changes.find { it.setting == 'accessToken' }.note",
                        equalTo("token set, ends in " + first.substring(first.length() - 4)))
                .extract().asString();
        assertThat(audit).doesNotContain(first).doesNotContain(second);
    }

    @Test
    void aWarehouseAddedAndEditedIsAuditedWithWhatChanged() {
        String code = "A" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        int id = given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Leeds", "countryCode", "GB"))
                .post("/api/warehouses").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("name", "Leeds North")).patch("/api/warehouses/" + id)
                .then().statusCode(200);

        given().get("/api/audit?subject=WAREHOUSE&subjectId=" + id).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].action", equalTo("CHANGED"))
                .body("items[0].subjectName", containsString("Leeds North"))
                .body("items[0].changes.find { it.setting == 'name' }.from", equalTo("Leeds"))
                .body("items[0].changes.find { it.setting == 'name' }.to", equalTo("Leeds North"))
                .body("items[1].action", equalTo("CREATED"));
    }

    private static int auditEntries(int channelId) {
        return given().get("/api/audit?subject=CHANNEL&subjectId=" + channelId).then().statusCode(200)
                .extract().path("total");
    }
}
