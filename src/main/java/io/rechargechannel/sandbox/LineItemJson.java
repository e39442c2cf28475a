package io.rechargechannel.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.Locale;

import static io.rechargechannel.sandbox.JsonFields.emptyArray;
import static io.rechargechannel.sandbox.JsonFields.external;
import static io.rechargechannel.sandbox.JsonFields.money;

/** Streams one 2021-11 order line; SKU, ids, title and weight come from the store's catalog variant. */
final class LineItemJson {

    private LineItemJson() {
    }

    static void write(JsonGenerator g, LineItem line) throws IOException {
        Variant variant = line.variant();
        String handle = handle(line.product().title());
        g.writeStartObject();
        g.writeNumberField("purchase_item_id", line.purchaseItemId());
        g.writeStringField("external_inventory_policy", "decrement_obeying_policy");
        external(g, "external_product_id", line.product().externalProductId());
        external(g, "external_variant_id", variant.externalVariantId());
        g.writeNumberField("grams", variant.grams());
        g.writeStringField("handle", handle);
        images(g, handle);
        money(g, "original_price", variant.priceCents());
        emptyArray(g, "properties");
        g.writeStringField("purchase_item_type", line.subscription() ? "subscription" : "onetime");
        g.writeNumberField("quantity", line.quantity());
        g.writeStringField("sku", variant.sku());
        money(g, "tax_due", 0);
        emptyArray(g, "tax_lines");
        g.writeBooleanField("taxable", false);
        money(g, "taxable_amount", 0);
        g.writeStringField("title", line.product().title());
        money(g, "total_price", line.totalCents());
        money(g, "unit_price", variant.priceCents());
        g.writeBooleanField("unit_price_includes_tax", false);
        g.writeStringField("variant_title", variant.title());
        g.writeEndObject();
    }

    static String handle(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    static void images(JsonGenerator g, String handle) throws IOException {
        String base = "https://cdn.example.com/sandbox/" + handle;
        g.writeObjectFieldStart("images");
        g.writeStringField("small", base + "_small.jpg");
        g.writeStringField("medium", base + "_medium.jpg");
        g.writeStringField("large", base + "_large.jpg");
        g.writeStringField("original", base + ".jpg");
        g.writeEndObject();
    }
}
