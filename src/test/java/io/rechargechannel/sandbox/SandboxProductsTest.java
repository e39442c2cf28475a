package io.rechargechannel.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.rechargechannel.sandbox.SandboxHttp.recharge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** 2021-11 products for custom catalogs, 422 for platform catalogs, and SKUs consistent with order lines. */
@QuarkusTest
class SandboxProductsTest {

    @Inject
    SandboxStores stores;

    @Test
    void customCatalogIsListedWithVariantsAndCursorPaged() {
        CreatedStore store = stores.create(StoreSpec.of("Custom catalog", 200, 25).withSeed(3));
        recharge(store.token()).get("/products?limit=10").then().statusCode(200)
                .body("products[0].external_product_id", notNullValue())
                .body("products[0].title", notNullValue())
                .body("products[0].variants[0].sku", notNullValue())
                .body("products[0].variants[0].external_variant_id", notNullValue())
                .body("products[0].variants[0].title", notNullValue())
                .body("products[0].variants[0].prices.unit_price", matchesPattern("\\d+\\.\\d\\d"))
                .body("products[0].variants[0].dimensions.weight_unit", notNullValue())
                .body("products.variants.flatten().size()", org.hamcrest.Matchers.greaterThanOrEqualTo(10));

        List<String> listed = new ArrayList<>();
        String cursor = null;
        do {
            var page = (cursor == null ? recharge(store.token()).get("/products?limit=10")
                    : recharge(store.token()).get("/products?limit=10&cursor=" + cursor)).then().statusCode(200)
                    .extract().jsonPath();
            listed.addAll(page.getList("products.external_product_id", String.class));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        assertThat(listed).containsExactlyElementsOf(stores.store(store.id()).orElseThrow().products().stream()
                .map(SandboxProduct::externalProductId).toList());
        recharge(store.token()).get("/products?limit=251").then().statusCode(422);
    }

    @Test
    void platformCatalogAnswers422AsAShopifyStoreDoes() {
        CreatedStore store = stores.create(StoreSpec.of("Shopify store", 50, 12).withCatalog(StoreSpec.Catalog.PLATFORM));
        recharge(store.token()).get("/products").then().statusCode(422)
                .body("errors", containsString("ecommerce platform"));
        recharge(store.token()).get("/orders?limit=250").then().statusCode(200)
                .body("orders.line_items.flatten().sku", everyItem(notNullValue()));
        recharge(store.token()).get("/store").then().statusCode(200)
                .body("store.external_platform", org.hamcrest.Matchers.equalTo("shopify"));
    }

    @Test
    void orderLineSkusMatchTheCatalogInBothModes() {
        for (StoreSpec.Catalog mode : StoreSpec.Catalog.values()) {
            CreatedStore store = stores.create(StoreSpec.of("SKUs " + mode, 300, 15).withCatalog(mode));
            SandboxStore sandbox = stores.store(store.id()).orElseThrow();
            Map<String, String> variantBySku = new HashMap<>();
            sandbox.products().forEach(p -> p.variants().forEach(v -> variantBySku.put(v.sku(), v.externalVariantId())));

            List<Map<String, Object>> lines = recharge(store.token()).get("/orders?limit=250").then().statusCode(200)
                    .extract().jsonPath().getList("orders.line_items.flatten()");
            assertThat(lines).isNotEmpty().allSatisfy(line -> {
                @SuppressWarnings("unchecked")
                String variantId = ((Map<String, String>) line.get("external_variant_id")).get("ecommerce");
                assertThat(variantBySku).containsEntry((String) line.get("sku"), variantId);
            });
        }
    }
}
