package io.rechargechannel.recharge;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.recharge.StubReCharge.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The client against a ReCharge stand-in over real HTTP: requests sent, answers read, errors mapped. */
@QuarkusTest
class ReChargeClientHttpTest {

    @Inject
    ReChargeClient client;

    StubReCharge stub;
    ReChargeCredentials credentials;

    @BeforeEach
    void startStub() throws IOException {
        stub = new StubReCharge();
        credentials = new ReChargeCredentials(stub.baseUrl(), "sk_1x1_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void firstOrdersPageSendsFiltersSortAndTheHeaders() {
        stub.on("/orders", Reply.ok(Fixtures.ordersPage("next-1", Fixtures.orderJson())));

        OrderPage page = client.firstOrdersPage(credentials, Instant.parse("2024-03-01T10:15:30.250Z"), 250);

        assertThat(page.orders()).singleElement().satisfies(order -> assertThat(order.value().id()).isEqualTo(534919106L));
        assertThat(page.nextCursor()).isEqualTo("next-1");
        assertThat(page.stats()).isEqualTo(new CallStats(1, 0, page.stats().waited()));
        StubReCharge.Request sent = stub.requests().get(0);
        assertThat(sent.query()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "updated_at_min", "2024-03-01T10:15:30Z", "sort_by", "updated_at-asc", "limit", "250"));
        assertThat(sent.header("X-Recharge-Access-Token")).isEqualTo(credentials.accessToken());
        assertThat(sent.header("X-Recharge-Version")).isEqualTo("2021-11");
        assertThat(sent.header("Accept")).isEqualTo("application/json");
    }

    @Test
    void nextOrdersPageSendsOnlyCursorAndLimit() {
        stub.on("/orders", Reply.ok(Fixtures.ordersPage(null, Fixtures.orderJson())));

        OrderPage page = client.nextOrdersPage(credentials, "eyJsYXN0X3ZhbHVlIjo3MH0=", 100);

        assertThat(page.nextCursor()).isNull();
        assertThat(stub.requests().get(0).query()).containsOnlyKeys("cursor", "limit")
                .containsEntry("cursor", "eyJsYXN0X3ZhbHVlIjo3MH0=").containsEntry("limit", "100");
    }

    @Test
    void readsTokenInformationStoreAndProducts() {
        stub.on("/token_information", Reply.ok(Fixtures.TOKEN_INFORMATION))
                .on("/store", Reply.ok(Fixtures.STORE))
                .on("/products", Reply.ok(Fixtures.PRODUCTS_PAGE));

        assertThat(client.tokenInformation(credentials).scopes()).contains("read_orders");
        assertThat(client.store(credentials).name()).isEqualTo("Example Store");
        ProductPage products = client.productsPage(credentials, null, 250);
        assertThat(products.products().get(0).value().variants().get(0).sku()).isEqualTo("T3");
        assertThat(stub.requests("/products").get(0).query()).containsOnlyKeys("limit");
    }

    @Test
    void unauthorizedIsTokenRejectedAndNotRetried() {
        stub.on("/token_information", Reply.status(401, "{\"errors\": \"bad authentication\"}"));

        TokenRejectedException rejected = catchThrowableOfType(TokenRejectedException.class,
                () -> client.tokenInformation(credentials));

        assertThat(rejected.status()).isEqualTo(401);
        assertThat(rejected.errorMessage()).contains("bad authentication");
        assertThat(rejected.requestId()).contains("req-401");
        assertThat(rejected.getMessage()).contains("GET /token_information").doesNotContain(credentials.accessToken());
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void forbiddenOrdersNamesTheMissingScope() {
        stub.on("/orders", Reply.status(403, "{\"errors\": \"Forbidden\"}"));

        MissingScopeException missing = catchThrowableOfType(MissingScopeException.class,
                () -> client.firstOrdersPage(credentials, Instant.EPOCH, 250));

        assertThat(missing.scope()).contains("read_orders");
        assertThat(missing.getMessage()).contains("read_orders");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void forbiddenStoreNeedsStoreInfo() {
        stub.on("/store", Reply.status(403, "{\"error\": \"forbidden\"}"));

        assertThat(catchThrowableOfType(MissingScopeException.class, () -> client.store(credentials)).scope())
                .contains("store_info");
    }

    @Test
    void aRejectedCursorIsInvalidCursor() {
        stub.on("/orders", Reply.status(422, Fixtures.INVALID_CURSOR));

        InvalidCursorException invalid = catchThrowableOfType(InvalidCursorException.class,
                () -> client.nextOrdersPage(credentials, "stale", 250));

        assertThat(invalid.errorMessage()).contains("cursor: Invalid value");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void productsOnAPlatformCatalogStoreAreUnavailable() {
        stub.on("/products", Reply.status(422, "{\"errors\": \"Products are managed by the platform\"}"));

        assertThat(catchThrowableOfType(ProductsUnavailableException.class, () -> client.productsPage(credentials, null, 250)))
                .isNotNull();
    }

    @Test
    void otherUnprocessableRequests() {
        stub.on("/orders", Reply.status(422, "{\"errors\": {\"updated_at_min\": [\"Invalid date\"]}}"));

        UnprocessableRequestException unprocessable = catchThrowableOfType(UnprocessableRequestException.class,
                () -> client.firstOrdersPage(credentials, Instant.EPOCH, 250));

        assertThat(unprocessable.errorMessage()).contains("updated_at_min: Invalid date");
    }

    @Test
    void anUnsupportedVersionAndOtherClientErrorsAreNotRetried() {
        stub.on("/store", Reply.status(426, "{\"errors\": \"Invalid API version\"}"))
                .on("/orders", Reply.status(404, "{\"errors\": \"Not Found\"}"));

        assertThat(catchThrowableOfType(UnsupportedApiVersionException.class, () -> client.store(credentials)).status())
                .isEqualTo(426);
        assertThat(catchThrowableOfType(ReChargeRequestException.class,
                () -> client.nextOrdersPage(credentials, "c", 250)).status()).isEqualTo(404);
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void limitsOutsideOneTo250AreRefusedBeforeSending() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> client.nextOrdersPage(credentials, "c", 251))).isNotNull();
        assertThat(stub.requests()).isEmpty();
    }
}
