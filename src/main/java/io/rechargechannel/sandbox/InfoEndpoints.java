package io.rechargechannel.sandbox;

/** {@code GET /store} and {@code GET /token_information} in their 2021-11 shapes. */
final class InfoEndpoints {

    private InfoEndpoints() {
    }

    static Answer store(SandboxStore store) {
        boolean platform = store.spec().catalog() == StoreSpec.Catalog.PLATFORM;
        String slug = LineItemJson.handle(store.name());
        long created = store.createdAt().getEpochSecond();
        return Answer.ok(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("store");
            g.writeNumberField("id", store.id());
            g.writeStringField("checkout_logo_url", null);
            g.writeStringField("checkout_platform", platform ? "shopify" : "recharge");
            JsonFields.time(g, "created_at", created);
            g.writeStringField("currency", store.data().currency);
            g.writeStringField("customer_portal_base_url", "https://" + slug + ".example.com/tools/recurring");
            g.writeStringField("default_api_version", "2021-11");
            g.writeStringField("email", "owner@" + slug + ".example.com");
            g.writeArrayFieldStart("enabled_presentment_currencies");
            g.writeString(store.data().currency);
            g.writeEndArray();
            g.writeStringField("external_platform", platform ? "shopify" : "custom");
            g.writeStringField("identifier", slug + "-sp");
            g.writeStringField("merchant_portal_base_url", "https://" + slug + "-sp.admin.example.com");
            g.writeStringField("name", store.name());
            g.writeStringField("phone", null);
            g.writeObjectFieldStart("timezone");
            g.writeStringField("iana_name", "Etc/UTC");
            g.writeStringField("name", "(GMT+00:00) UTC");
            g.writeEndObject();
            JsonFields.time(g, "updated_at", created);
            g.writeStringField("weight_unit", "g");
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    static Answer tokenInformation(SandboxStore store, Token token) {
        String email = "owner@" + LineItemJson.handle(store.name()) + ".example.com";
        return Answer.ok(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("token_information");
            g.writeStringField("name", token.name());
            g.writeStringField("contact_email", email);
            g.writeObjectFieldStart("client");
            g.writeStringField("name", "ReCharge Sandbox");
            g.writeStringField("contact_email", email);
            g.writeEndObject();
            g.writeArrayFieldStart("scopes");
            for (String scope : token.scopes()) {
                g.writeString(scope);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        });
    }
}
