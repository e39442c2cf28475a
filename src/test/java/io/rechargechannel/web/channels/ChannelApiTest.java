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
                .body("storeName", equalTo("Acme Coffee"))
                .body("warehouseCode", equalTo("MAIN"))
                .body("autoSyncStock", equalTo(true))
                .body("syncIntervalSeconds", equalTo(60))
                .body("status", equalTo("NEVER_SYNCED"))
                .body("brand.name", nullValue())
                .body("despatchEmails.enabled", equalTo(false))
                .body("feedbackEmails.delayDays", equalTo(7))
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
                Map.entry("brand", Map.of("name", "Acme Coffee", "logoUrl", "https://cdn.acme.example/logo.png",
                        "accentColour", "#AA3300", "senderName", "Acme Coffee", "senderEmail", "despatch@acme.example",
                        "replyTo", "help@acme.example")),
                Map.entry("commercialInvoice", Map.of("companyName", "Acme Coffee Ltd", "address", "1 Roastery Lane\nLeeds",
                        "eori", "gb123456789000", "vatNumber", "GBUNREG", "countryOfOrigin", "gb", "hsCode", "090121",
                        "reasonForExport", "SALE", "termsOfSale", "DDP")),
                Map.entry("despatchEmails", Map.of("enabled", true, "subject", "{brandName}: order {orderNumber} is on its way",
                        "includeTrackingLink", false)),
                Map.entry("feedbackEmails", Map.of("enabled", true, "delayDays", 10,
                        "feedbackUrlTemplate", "https://acme.example/review?order={orderNumber}"))))
                .statusCode(201)
                .body("active", equalTo(false))
                .body("autoSyncStock", equalTo(false))
                .body("syncIntervalSeconds", equalTo(300))
                .body("brand.name", equalTo("Acme Coffee"))
                .body("brand.accentColour", equalTo("#aa3300"))
                .body("brand.replyTo", equalTo("help@acme.example"))
                .body("commercialInvoice.eori", equalTo("GB123456789000"))
                .body("commercialInvoice.countryOfOrigin", equalTo("GB"))
                .body("commercialInvoice.termsOfSale", equalTo("DDP"))
                .body("despatchEmails.enabled", equalTo(true))
                .body("despatchEmails.includeTrackingLink", equalTo(false))
                .body("feedbackEmails.enabled", equalTo(true))
                .body("feedbackEmails.delayDays", equalTo(10))
                .body("feedbackEmails.feedbackUrlTemplate", equalTo("https://acme.example/review?order={orderNumber}"));
    }

    @Test
    void refusesTabValuesThatCannotWorkNamingEachField() {
        add(Map.of("name", uniqueName(), "accessToken", recharge.fullToken(), "baseUrl", recharge.baseUrl(),
                "brand", Map.of("accentColour", "blue", "logoUrl", "ftp://x", "senderName", "Evil\r\nBcc: all@x"),
                "commercialInvoice", Map.of("hsCode", "12", "termsOfSale", "EXW", "vatNumber", "123"),
                "feedbackEmails", Map.of("delayDays", 0)))
                .statusCode(400)
                .body("details.field", hasItems("brand.accentColour", "brand.logoUrl", "brand.senderName",
                        "commercialInvoice.hsCode", "commercialInvoice.termsOfSale", "commercialInvoice.vatNumber",
                        "feedbackEmails.delayDays"));
        add(Map.of("name", uniqueName(), "accessToken", recharge.fullToken(), "baseUrl", recharge.baseUrl(),
                "feedbackEmails", Map.of("enabled", true)))
                .statusCode(422)
                .body("details[0].field", equalTo("feedbackEmails.feedbackUrlTemplate"));
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
                .body("error", equalTo("The access token lacks Orders: Read and write and Products: Read and write"))
                .body("details", hasSize(2))
                .body("details.field", everyItem(equalTo("accessToken")))
                .body("details.message", hasItems(
                        "Orders: Read and write (write_orders) is missing. In ReCharge, open Tools & apps → API tokens "
                                + "(older accounts: Integrations → API tokens), edit the token “Warehouse” and set Orders to Read and write",
                        "Products: Read and write (write_products) is missing. In ReCharge, open Tools & apps → API tokens "
                                + "(older accounts: Integrations → API tokens), edit the token “Warehouse” and set Products to Read and write"));
    }

    @Test
    void explainsARejectedToken() {
        add(Map.of("name", uniqueName(), "accessToken", "sk_test_not_a_real_token", "baseUrl", recharge.baseUrl()))
                .statusCode(422)
                .body("error", equalTo("ReCharge rejected the access token: check it was copied completely, "
                        + "or create a new one in ReCharge → Tools & apps → API tokens"))
                .body("details[0].field", equalTo("accessToken"));
    }

    @Test
    void saysWhenReChargeCannotBeReached() {
        add(Map.of("name", uniqueName(), "accessToken", recharge.fullToken(), "baseUrl", "http://localhost:1"))
                .statusCode(502)
                .body("error", containsString("ReCharge could not be reached"));
    }

    @Test
    void validatesTheForm() {
        add(Map.of("syncIntervalSeconds", 5, "brand", Map.of("senderEmail", "not-an-email")))
                .statusCode(400)
                .body("error", equalTo("The request is invalid"))
                .body("details.field", hasItems("name", "accessToken", "syncIntervalSeconds", "brand.senderEmail"))
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
                .body("details.message", hasItems(startsWith("Orders: Read and write (write_orders) is missing"),
                        startsWith("Products: Read and write (write_products) is missing")));
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

        patch(id, Map.of("syncIntervalSeconds", 120, "brand", Map.of("name", "Acme", "replyTo", "help@acme.example")))
                .statusCode(200)
                .body("name", equalTo(name))
                .body("syncIntervalSeconds", equalTo(120))
                .body("brand.name", equalTo("Acme"))
                .body("tokenVersion", equalTo(1));
        patch(id, Map.of("brand", Map.of("name", ""))).statusCode(200)
                .body("brand.name", nullValue())
                .body("brand.replyTo", equalTo("help@acme.example"));
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
