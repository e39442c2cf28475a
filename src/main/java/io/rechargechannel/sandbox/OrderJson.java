package io.rechargechannel.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

import static io.rechargechannel.sandbox.JsonFields.emptyArray;
import static io.rechargechannel.sandbox.JsonFields.external;
import static io.rechargechannel.sandbox.JsonFields.money;
import static io.rechargechannel.sandbox.JsonFields.time;

/** Streams one order in the 2021-11 shape (recharge-api.md 2.5/2.6): id first, then keys alphabetically. */
final class OrderJson {

    private OrderJson() {
    }

    static void write(JsonGenerator g, OrderBody body, OrderRevision now) throws IOException {
        long subtotal = body.subtotalCents();
        long total = subtotal + body.shipping().priceCents();
        g.writeStartObject();
        g.writeNumberField("id", body.id());
        g.writeNumberField("address_id", body.addressId());
        address(g, "billing_address", body.customer().address());
        charge(g, body, now.status);
        g.writeObjectFieldStart("client_details");
        g.writeNullField("browser_ip");
        g.writeNullField("user_agent");
        g.writeEndObject();
        time(g, "created_at", body.createdAt());
        g.writeStringField("currency", body.currency());
        customer(g, body.customer());
        emptyArray(g, "discounts");
        g.writeStringField("error", "error".equals(now.status) ? "Card declined: insufficient funds" : null);
        g.writeNullField("external_cart_token");
        external(g, "external_order_id", Long.toString(5_006_149_000_000L + body.externalOrderNumber()));
        external(g, "external_order_name", "#" + body.externalOrderNumber());
        external(g, "external_order_number", Long.toString(body.externalOrderNumber()));
        g.writeNumberField("is_prepaid", body.prepaid() ? 1 : 0);
        g.writeArrayFieldStart("line_items");
        for (LineItem line : body.lines()) {
            LineItemJson.write(g, line);
        }
        g.writeEndArray();
        g.writeStringField("note", now.note);
        emptyArray(g, "order_attributes");
        time(g, "processed_at", now.processedAt);
        time(g, "scheduled_at", body.scheduledAt());
        address(g, "shipping_address", now.shippingAddress);
        shippingLines(g, body.shipping());
        g.writeStringField("status", now.status);
        money(g, "subtotal_price", subtotal);
        g.writeStringField("tags", body.tags());
        emptyArray(g, "tax_lines");
        g.writeBooleanField("taxable", false);
        money(g, "total_discounts", 0);
        money(g, "total_duties", 0);
        money(g, "total_line_items_price", subtotal);
        money(g, "total_price", total);
        money(g, "total_refunds", "refunded".equals(now.status) ? total : 0);
        money(g, "total_tax", 0);
        g.writeNumberField("total_weight_grams", body.weightGrams());
        g.writeStringField("type", body.recurring() ? "recurring" : "checkout");
        time(g, "updated_at", now.updatedAt);
        g.writeEndObject();
    }

    private static void charge(JsonGenerator g, OrderBody body, String status) throws IOException {
        g.writeObjectFieldStart("charge");
        g.writeNumberField("id", body.chargeId());
        g.writeObjectFieldStart("external_transaction_id");
        g.writeStringField("payment_processor", Long.toString(43_114_100_000L + body.chargeId() % 10_000_000));
        g.writeEndObject();
        g.writeStringField("payment_processor_name", "shopify_payments");
        g.writeStringField("status", "cancelled".equals(status) ? "success" : status);
        g.writeEndObject();
    }

    private static void customer(JsonGenerator g, Customer customer) throws IOException {
        g.writeObjectFieldStart("customer");
        g.writeNumberField("id", customer.id());
        g.writeStringField("email", customer.email());
        external(g, "external_customer_id", customer.externalId());
        g.writeStringField("hash", customer.hash());
        g.writeEndObject();
    }

    static void address(JsonGenerator g, String name, Address a) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("address1", a.address1());
        g.writeStringField("address2", a.address2());
        g.writeStringField("city", a.city());
        g.writeStringField("company", a.company());
        g.writeStringField("country_code", a.countryCode());
        g.writeStringField("first_name", a.firstName());
        g.writeStringField("last_name", a.lastName());
        g.writeStringField("phone", a.phone());
        g.writeStringField("province", a.province());
        g.writeStringField("zip", a.zip());
        g.writeEndObject();
    }

    private static void shippingLines(JsonGenerator g, ShippingRate rate) throws IOException {
        g.writeArrayFieldStart("shipping_lines");
        g.writeStartObject();
        g.writeStringField("code", rate.code());
        money(g, "price", rate.priceCents());
        g.writeStringField("source", "shopify");
        emptyArray(g, "tax_lines");
        g.writeBooleanField("taxable", false);
        g.writeStringField("title", rate.title());
        g.writeEndObject();
        g.writeEndArray();
    }
}
