package io.rechargechannel.recharge;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReChargeWireBindingTest {

    private final WireJson json = new WireJson();

    @Test
    void bindsTheDocumentedOrder() throws IOException {
        ReChargeOrder order = json.single(utf8(Fixtures.ORDER_ENVELOPE), "order", ReChargeOrder.class);

        assertThat(order.id()).isEqualTo(534919106L);
        assertThat(order.status()).isEqualTo("success");
        assertThat(order.type()).isEqualTo("recurring");
        assertThat(order.externalOrderId()).isEqualTo(new ExternalId("5006149877931"));
        assertThat(order.externalOrderNumber().ecommerce()).isEqualTo("1016");
        assertThat(order.externalOrderName().ecommerce()).isEqualTo("#1016");
        assertThat(order.charge()).isEqualTo(new ReChargeCharge(580825303L, "success"));
        assertThat(order.customer().id()).isEqualTo(64962974L);
        assertThat(order.customer().email()).isEqualTo("jane.doe@example.com");
        assertThat(order.shippingAddress().countryCode()).isEqualTo("US");
        assertThat(order.shippingAddress().lastName()).isEqualTo("Doe");
        assertThat(order.billingAddress().zip()).isEqualTo("60510");
        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.totalPrice()).isEqualByComparingTo("29.20");
        assertThat(order.subtotalPrice()).isEqualByComparingTo("24.30");
        assertThat(order.totalWeightGrams()).isZero();
        assertThat(order.tags()).isEqualTo("Subscription, Subscription Recurring Order");
        assertThat(order.isPrepaid()).isFalse();
        assertThat(order.updatedAt()).isEqualTo(OffsetDateTime.parse("2023-05-13T04:16:51+00:00"));
        assertThat(order.processedAt()).isEqualTo(OffsetDateTime.parse("2023-05-13T04:07:33+00:00"));
        assertThat(order.shippingLines()).singleElement()
                .satisfies(line -> assertThat(line.price()).isEqualByComparingTo("4.90"));
    }

    @Test
    void bindsTheOrderLineItems() throws IOException {
        ReChargeOrder order = json.single(utf8(Fixtures.ORDER_ENVELOPE), "order", ReChargeOrder.class);

        ReChargeLineItem line = order.lineItems().get(0);
        assertThat(line.sku()).isEqualTo("T3");
        assertThat(line.purchaseItemId()).isEqualTo(153601366L);
        assertThat(line.purchaseItemType()).isEqualTo("subscription");
        assertThat(line.externalVariantId().ecommerce()).isEqualTo("39684723835051");
        assertThat(line.externalProductId().ecommerce()).isEqualTo("6642695864491");
        assertThat(line.quantity()).isEqualTo(1);
        assertThat(line.grams()).isNull();
        assertThat(line.unitPrice()).isEqualByComparingTo("24.30");
        assertThat(line.variantTitle()).isEqualTo("L / City Green");
    }

    @Test
    void bindsTheDocumentedProduct() throws IOException {
        List<WireRecord<ReChargeProduct>> products = json.list(utf8(Fixtures.PRODUCTS_PAGE), "products", ReChargeProduct.class).records();

        ReChargeProduct product = products.get(0).value();
        assertThat(product.externalProductId()).isEqualTo("6642695864491");
        assertThat(product.vendor()).isEqualTo("Airbit");
        assertThat(product.requiresShipping()).isTrue();
        ReChargeVariant variant = product.variants().get(0);
        assertThat(variant.sku()).isEqualTo("T3");
        assertThat(variant.externalVariantId()).isEqualTo("39684723835051");
        assertThat(variant.prices().unitPrice()).isEqualByComparingTo("24.30");
        assertThat(variant.dimensions().weight()).isEqualByComparingTo("200");
        assertThat(variant.dimensions().weightUnit()).isEqualTo("g");
    }

    @Test
    void aBadElementCarriesItsProblemWhileTheRestOfThePageBinds() throws IOException {
        String badDate = Fixtures.orderWith(2, "yesterday");
        String page = Fixtures.ordersPage("next", Fixtures.orderWith(1, "2024-01-01T00:00:00+00:00"), badDate,
                Fixtures.orderWith(3, "2024-01-01T00:00:02+00:00"));

        List<WireRecord<ReChargeOrder>> orders = json.list(utf8(page), "orders", ReChargeOrder.class).records();

        assertThat(orders).extracting(WireRecord::ok).containsExactly(true, false, true);
        assertThat(orders.get(1).value()).isNull();
        assertThat(orders.get(1).problem()).contains("updated_at");
        assertThat(orders.get(1).rawJson()).isEqualTo(badDate);
        assertThat(orders.get(2).value().id()).isEqualTo(3L);
    }

    @Test
    void anElementOfTheWrongTypeIsAProblemNotAFailure() throws IOException {
        String page = Fixtures.ordersPage(null, "\"not an order\"", "{\"status\": \"success\"}");

        List<WireRecord<ReChargeOrder>> orders = json.list(utf8(page), "orders", ReChargeOrder.class).records();

        assertThat(orders).noneMatch(WireRecord::ok);
        assertThat(orders.get(1).problem()).contains("id");
    }

    @Test
    void acceptsAmountsAsNumbersPrepaidAsBooleanAndBareExternalIds() throws IOException {
        String order = """
                {"id": 7, "total_price": 29.2, "is_prepaid": true, "external_order_id": "5006149877931",
                 "line_items": [{"quantity": 2, "unit_price": 12, "external_variant_id": {"ecommerce": "9"}}],
                 "some_new_field": {"nested": [1, 2]}}""";

        ReChargeOrder bound = json.record(order, ReChargeOrder.class).value();

        assertThat(bound.totalPrice()).isEqualByComparingTo(new BigDecimal("29.2"));
        assertThat(bound.isPrepaid()).isTrue();
        assertThat(bound.externalOrderId().ecommerce()).isEqualTo("5006149877931");
        assertThat(bound.lineItems().get(0).unitPrice()).isEqualByComparingTo("12");
        assertThat(bound.shippingLines()).isEmpty();
    }

    @Test
    void isPrepaidAsOneIsTrue() throws IOException {
        ReChargeOrder bound = json.record("{\"id\": 8, \"is_prepaid\": 1}", ReChargeOrder.class).value();

        assertThat(bound.isPrepaid()).isTrue();
    }

    @Test
    void readsCursorsAndStoreAndTokenInformation() throws IOException {
        assertThat(json.list(utf8(Fixtures.ordersPage("abc")), "orders", ReChargeOrder.class).nextCursor()).isEqualTo("abc");
        assertThat(json.list(utf8(Fixtures.ordersPage(null)), "orders", ReChargeOrder.class).nextCursor()).isNull();

        ReChargeStore store = json.single(utf8(Fixtures.STORE), "store", ReChargeStore.class);
        assertThat(store.timezone().ianaName()).isEqualTo("America/Chicago");
        TokenInformation token = json.single(utf8(Fixtures.TOKEN_INFORMATION), "token_information", TokenInformation.class);
        assertThat(token.contactEmail()).isEqualTo("ops@example.com");
        assertThat(token.scopes()).contains("read_orders", "store_info");
    }

    @Test
    void aBodyWithoutTheExpectedListIsAShapeError() {
        assertThatThrownBy(() -> json.list(utf8("{\"customers\": []}"), "orders", ReChargeOrder.class))
                .isInstanceOf(WireShapeException.class).hasMessageContaining("orders");
    }

    @Test
    void malformedJsonDoesNotParse() {
        assertThatThrownBy(() -> json.list(utf8("{\"orders\": [{\"id\": 1"), "orders", ReChargeOrder.class))
                .isInstanceOf(IOException.class);
    }

    private static byte[] utf8(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
