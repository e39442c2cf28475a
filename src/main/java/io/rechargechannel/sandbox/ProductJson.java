package io.rechargechannel.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

import static io.rechargechannel.sandbox.JsonFields.time;

/** Streams one 2021-11 product (recharge-api.md 3.1) with its variants. */
final class ProductJson {

    private ProductJson() {
    }

    static void write(JsonGenerator g, Product product) throws IOException {
        String handle = LineItemJson.handle(product.title());
        g.writeStartObject();
        g.writeStringField("external_product_id", product.externalProductId());
        g.writeStringField("brand", product.vendor());
        time(g, "external_created_at", product.createdAt());
        time(g, "external_updated_at", product.createdAt());
        g.writeArrayFieldStart("images");
        g.writeStartObject();
        g.writeNumberField("sort_order", 1);
        g.writeEndObject();
        g.writeEndArray();
        options(g, product);
        time(g, "published_at", product.createdAt());
        g.writeBooleanField("requires_shipping", true);
        g.writeStringField("title", product.title());
        g.writeArrayFieldStart("variants");
        for (Variant variant : product.variants()) {
            variant(g, variant, handle);
        }
        g.writeEndArray();
        g.writeStringField("vendor", product.vendor());
        g.writeEndObject();
    }

    private static void options(JsonGenerator g, Product product) throws IOException {
        g.writeArrayFieldStart("options");
        g.writeStartObject();
        g.writeStringField("name", product.optionName());
        g.writeNumberField("position", 1);
        g.writeArrayFieldStart("values");
        int position = 1;
        for (Variant variant : product.variants()) {
            g.writeStartObject();
            g.writeStringField("label", variant.title());
            g.writeNumberField("position", position++);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void variant(JsonGenerator g, Variant variant, String handle) throws IOException {
        g.writeStartObject();
        g.writeStringField("external_variant_id", variant.externalVariantId());
        g.writeStringField("sku", variant.sku());
        g.writeStringField("title", variant.title());
        g.writeArrayFieldStart("option_values");
        g.writeStartObject();
        g.writeStringField("label", variant.title());
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("prices");
        g.writeStringField("unit_price", JsonFields.money(variant.priceCents()));
        g.writeNullField("compare_at_price");
        g.writeEndObject();
        g.writeObjectFieldStart("dimensions");
        g.writeNumberField("weight", variant.grams());
        g.writeStringField("weight_unit", "g");
        g.writeEndObject();
        g.writeBooleanField("requires_shipping", true);
        g.writeBooleanField("taxable", true);
        g.writeNullField("tax_code");
        g.writeStringField("image", "https://cdn.example.com/sandbox/" + handle + ".jpg");
        g.writeEndObject();
    }
}
