package io.rechargechannel.web.channels;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ChannelApiTest {

    private static TokenInformationStub recharge;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void startReCharge() {
        recharge = TokenInformationStub.start();
    }

    @AfterAll
    static void stopReCharge() {
        recharge.close();
    }

    @Test
    void addsAChannelWithItsTokenEncryptedAndMasked() throws SQLException {
        String token = recharge.fullToken();
        String name = uniqueName();

        int id = add(Map.of("name", name, "accessToken", token, "baseUrl", recharge.baseUrl()))
                .statusCode(201)
                .header("Location", endsWith("/api/channels/" + idOf(name)))
                .body("name", equalTo(name))
                .body("kind", equalTo("RECHARGE"))
                .body("active", equalTo(true))
                .body("tokenLast4", equalTo(token.substring(token.length() - 4)))
                .body("tokenVersion", equalTo(1))
                .body("baseUrl", equalTo(recharge.baseUrl()))
                .body("warehouseCode", equalTo("MAIN"))
                .body("autoSyncStock", equalTo(true))
                .body("syncIntervalSeconds", equalTo(60))
                .body("status", equalTo("NEVER_SYNCED"))
                .body("brandName", nullValue())
                .body("$", not(hasKey("accessToken")))
                .extract().path("id");

        Map<String, String> row = row("SELECT access_token_ciphertext, token_last4 FROM sales_channel WHERE id = ?", id);
        assertThat(row.get("access_token_ciphertext")).startsWith("v2:").doesNotContain(token);
        assertThat(row.get("token_last4")).isEqualTo(token.substring(token.length() - 4));
        assertThat(recharge.versionsSeen()).contains("2021-11");
    }

    @Test
    void takesTheOptionalTabs() {
        add(Map.ofEntries(Map.entry("name", uniqueName()), Map.entry("accessToken", recharge.fullToken()),
                Map.entry("baseUrl", recharge.baseUrl()), Map.entry("active", false),
                Map.entry("autoSyncStock", false), Map.entry("syncIntervalSeconds", 300),
                Map.entry("brandName", "Acme Coffee"), Map.entry("commercialInvoice", "EORI GB123456789000"),
                Map.entry("despatchEmailsEnabled", true), Map.entry("despatchEmailsFrom", "despatch@acme.example"),
                Map.entry("feedbackEmailsEnabled", true), Map.entry("feedbackDelayDays", 10)))
                .statusCode(201)
                .body("active", equalTo(false))
                .body("autoSyncStock", equalTo(false))
                .body("syncIntervalSeconds", equalTo(300))
                .body("brandName", equalTo("Acme Coffee"))
                .body("commercialInvoice", equalTo("EORI GB123456789000"))
                .body("despatchEmailsEnabled", equalTo(true))
                .body("despatchEmailsFrom", equalTo("despatch@acme.example"))
                .body("feedbackEmailsEnabled", equalTo(true))
                .body("feedbackDelayDays", equalTo(10));
    }

    @Test
    void refusesADuplicateName() {
        String name = uniqueName();
        add(Map.of("name", name, "accessToken", recharge.fullToken(), "baseUrl", recharge.baseUrl())).statusCode(201);

        add(Map.of("name", name, "accessToken", recharge.fullToken(), "baseUrl", recharge.baseUrl()))
                .statusCode(409)
                .body("error", containsString("already exists"));
    }

    @Test
    void refusesABaseUrlOffTheAllowListWithoutSendingTheToken() {
        int callsBefore = recharge.calls();

        add(Map.of("name", uniqueName(), "accessToken", recharge.fullToken(), "baseUrl", "http://localhost.evil.com"))
                .statusCode(422)
                .body("error", containsString("base URL"))
                .body("details[0].message", containsString("https://api.rechargeapps.com"));

        assertThat(recharge.calls()).isEqualTo(callsBefore);
    }

    @Test
    void namesEachMissingPermissionAndHowToGrantIt() {
        add(Map.of("name", uniqueName(), "accessToken", recharge.readOnlyToken(), "baseUrl", recharge.baseUrl()))
                .statusCode(422)
                .body("error", equalTo("The access token lacks permissions"))
                .body("details", hasSize(2))
                .body("details.field", everyItem(equalTo("accessToken")))
                .body("details.message", hasItems(
                        "lacks write_orders (Orders: Read and write): In ReCharge, open Tools & apps → API tokens → Warehouse and set Orders to Read and write",
                        "lacks write_products (Products: Read and write): In ReCharge, open Tools & apps → API tokens → Warehouse and set Products to Read and write"));
    }

    @Test
    void explainsARejectedToken() {
        add(Map.of("name", uniqueName(), "accessToken", "sk_test_not_a_real_token", "baseUrl", recharge.baseUrl()))
                .statusCode(422)
                .body("error", equalTo("The access token was rejected by ReCharge: check it was copied completely, "
                        + "or create a new one in ReCharge → Tools & apps → API tokens"));
    }

    @Test
    void saysWhenReChargeCannotBeReached() {
        add(Map.of("name", uniqueName(), "accessToken", recharge.fullToken(), "baseUrl", "http://localhost:1"))
                .statusCode(502)
                .body("error", containsString("ReCharge could not be reached"));
    }

    @Test
    void validatesTheForm() {
        add(Map.of("syncIntervalSeconds", 5, "despatchEmailsFrom", "not-an-email"))
                .statusCode(400)
                .body("error", equalTo("The request is invalid"))
                .body("details.field", hasItems("name", "accessToken", "syncIntervalSeconds", "despatchEmailsFrom"))
                .body(not(containsString("java")));
        add(Map.of("name", uniqueName(), "accessToken", recharge.fullToken(), "baseUrl", recharge.baseUrl(),
                "syncIntervalSeconds", 86_401)).statusCode(400);
    }

    @Test
    void answersAnUnreadableBodyWithoutEchoingIt() {
        given().contentType(ContentType.JSON).body("{\"name\": ").post("/api/channels").then()
                .statusCode(400)
                .body("error", equalTo("The request body is not valid JSON"));
        given().contentType(ContentType.JSON).body("{\"syncIntervalSeconds\": \"soon\"}").post("/api/channels").then()
                .statusCode(400)
                .body("details[0].field", equalTo("syncIntervalSeconds"))
                .body(not(containsString("soon")));
    }

    @Test
    void refusesAnUnknownWarehouse() {
        add(Map.of("name", uniqueName(), "accessToken", recharge.fullToken(), "baseUrl", recharge.baseUrl(),
                "warehouseId", 999_999))
                .statusCode(422)
                .body("error", equalTo("There is no warehouse 999999"));
    }

    @Test
    void listsAndShowsChannels() {
        String name = uniqueName();
        int id = addValid(name);

        given().get("/api/channels").then().statusCode(200)
                .body("find { it.name == '" + name + "' }.warehouseCode", equalTo("MAIN"))
                .body("find { it.name == '" + name + "' }.status", equalTo("NEVER_SYNCED"))
                .body("find { it.name == '" + name + "' }.tokenLast4", notNullValue());
        given().get("/api/channels/" + id).then().statusCode(200).body("name", equalTo(name));
        given().get("/api/channels/999999").then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("error", equalTo("There is no sales channel 999999"));
    }

    @Test
    void deactivatingTakesEffectInTheDatabaseAtOnce() throws SQLException {
        int id = addValid(uniqueName());

        patch(id, Map.of("active", false)).statusCode(200).body("active", equalTo(false));
        assertThat(row("SELECT active::text AS active FROM sales_channel WHERE id = ?", id).get("active")).isEqualTo("false");

        patch(id, Map.of("active", true)).statusCode(200).body("active", equalTo(true));
        assertThat(row("SELECT active::text AS active FROM sales_channel WHERE id = ?", id).get("active")).isEqualTo("true");
    }

    @Test
    void aNewTokenIsCheckedAndBumpsTheTokenVersion() {
        int id = addValid(uniqueName());

        patch(id, Map.of("accessToken", recharge.readOnlyToken())).statusCode(422)
                .body("details.message", hasItems(startsWith("lacks write_orders"), startsWith("lacks write_products")));
        patch(id, Map.of("accessToken", "sk_test_rejected_token")).statusCode(422);
        given().get("/api/channels/" + id).then().body("tokenVersion", equalTo(1));

        String replacement = recharge.fullToken();
        patch(id, Map.of("accessToken", replacement)).statusCode(200)
                .body("tokenVersion", equalTo(2))
                .body("tokenLast4", equalTo(replacement.substring(replacement.length() - 4)));
    }

    @Test
    void editsAnySubsetOfFields() {
        String name = uniqueName();
        int id = addValid(name);

        patch(id, Map.of("syncIntervalSeconds", 120, "brandName", "Acme")).statusCode(200)
                .body("name", equalTo(name))
                .body("syncIntervalSeconds", equalTo(120))
                .body("brandName", equalTo("Acme"))
                .body("tokenVersion", equalTo(1));
        patch(id, Map.of("brandName", "")).statusCode(200).body("brandName", nullValue());
        patch(id, Map.of("name", name + " renamed")).statusCode(200).body("name", equalTo(name + " renamed"));
    }

    @Test
    void refusesAnEditThatWouldBreakTheChannel() {
        String taken = uniqueName();
        addValid(taken);
        int id = addValid(uniqueName());

        patch(id, Map.of("name", taken)).statusCode(409);
        patch(id, Map.of("name", "  ")).statusCode(400).body("details.field", hasItem("name"));
        patch(id, Map.of("syncIntervalSeconds", 9)).statusCode(400);
        patch(id, Map.of("baseUrl", "https://evil.example.com")).statusCode(422);
        patch(999_999, Map.of("active", false)).statusCode(404);
    }

    private int addValid(String name) {
        return add(Map.of("name", name, "accessToken", recharge.fullToken(), "baseUrl", recharge.baseUrl()))
                .statusCode(201).extract().path("id");
    }

    static ValidatableResponse add(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(new HashMap<>(body)).post("/api/channels").then();
    }

    static ValidatableResponse patch(int id, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(new HashMap<>(body)).patch("/api/channels/" + id).then();
    }

    static String uniqueName() {
        return "ReCharge " + UUID.randomUUID().toString().substring(0, 8);
    }

    private String idOf(String name) throws SQLException {
        return row("SELECT id::text AS id FROM sales_channel WHERE name = ?", name).get("id");
    }

    private Map<String, String> row(String sql, Object key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).as("a row for %s", key).isTrue();
                Map<String, String> row = new HashMap<>();
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    row.put(result.getMetaData().getColumnLabel(column), result.getString(column));
                }
                return row;
            }
        }
    }
}
