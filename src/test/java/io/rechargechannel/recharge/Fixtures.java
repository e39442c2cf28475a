package io.rechargechannel.recharge;

/** Canned ReCharge 2021-11 bodies, copied from recharge-api.md (2.6 order, 3.1 product, 5.2 errors). */
final class Fixtures {

    private Fixtures() {
    }

    /** recharge-api.md 2.6: {"order": {...}}. */
    static final String ORDER_ENVELOPE = """
{
  "order": {
    "id": 534919106,
    "address_id": 69282975,
    "billing_address": {
      "address1": "1921 W Wilson St", "address2": null, "city": "Batavia", "company": null,
      "country_code": "US", "first_name": "Jane", "last_name": "Doe",
      "phone": "+16145550188", "province": "Illinois", "zip": "60510"
    },
    "charge": {
      "id": 580825303,
      "external_transaction_id": { "payment_processor": "43114102955" },
      "payment_processor_name": "shopify_payments",
      "status": "success"
    },
    "client_details": { "browser_ip": null, "user_agent": null },
    "created_at": "2023-05-13T04:07:28+00:00",
    "currency": "USD",
    "customer": {
      "id": 64962974,
      "email": "jane.doe@example.com",
      "external_customer_id": { "ecommerce": "5213433266347" },
      "hash": "f99bd4a6877257af"
    },
    "discounts": [],
    "error": null,
    "external_cart_token": null,
    "external_order_id": { "ecommerce": "5006149877931" },
    "external_order_name": { "ecommerce": "#1016" },
    "external_order_number": { "ecommerce": "1016" },
    "is_prepaid": 0,
    "line_items": [
      {
        "purchase_item_id": 153601366,
        "external_inventory_policy": "decrement_obeying_policy",
        "external_product_id": { "ecommerce": "6642695864491" },
        "external_variant_id": { "ecommerce": "39684723835051" },
        "grams": null,
        "handle": null,
        "images": {
          "small": "https://cdn.shopify.com/.../t_neon_green_small.jpg",
          "medium": "https://cdn.shopify.com/.../t_neon_green_medium.jpg",
          "large": "https://cdn.shopify.com/.../t_neon_green_large.jpg",
          "original": "https://cdn.shopify.com/.../t_neon_green.jpg"
        },
        "original_price": "24.30",
        "properties": [],
        "purchase_item_type": "subscription",
        "quantity": 1,
        "sku": "T3",
        "tax_due": "0.00",
        "tax_lines": [],
        "taxable": false,
        "taxable_amount": "0.00",
        "title": "Airbit Box Corner Short sleeve t-shirt",
        "total_price": "24.30",
        "unit_price": "24.30",
        "unit_price_includes_tax": false,
        "variant_title": "L / City Green"
      }
    ],
    "note": null,
    "order_attributes": [],
    "processed_at": "2023-05-13T04:07:33+00:00",
    "scheduled_at": "2023-05-13T04:00:00+00:00",
    "shipping_address": {
      "address1": "1921 W Wilson St", "address2": null, "city": "Batavia", "company": null,
      "country_code": "US", "first_name": "Jane", "last_name": "Doe",
      "phone": "+16145550188", "province": "Illinois", "zip": "60510"
    },
    "shipping_lines": [
      { "code": "Economy", "price": "4.90", "source": "shopify", "tax_lines": [], "taxable": false, "title": "Economy" }
    ],
    "status": "success",
    "subtotal_price": "24.30",
    "tags": "Subscription, Subscription Recurring Order",
    "tax_lines": [],
    "taxable": false,
    "total_discounts": "0.00",
    "total_duties": "0.00",
    "total_line_items_price": "24.30",
    "total_price": "29.20",
    "total_refunds": "0.00",
    "total_tax": "0.00",
    "total_weight_grams": 0,
    "type": "recurring",
    "updated_at": "2023-05-13T04:16:51+00:00"
  }
}""";

    /** recharge-api.md 3.1: a products page. */
    static final String PRODUCTS_PAGE = """
{
  "next_cursor": null, "previous_cursor": null,
  "products": [{
    "external_product_id": "6642695864491",
    "brand": null,
    "external_created_at": "2021-05-13T08:08:28+00:00",
    "external_updated_at": "2021-05-13T08:08:28+00:00",
    "images": [{ "small": "…_small.jpg", "medium": "…_medium.jpg", "large": "…_large.jpg", "original": "….jpg", "sort_order": 1 }],
    "options": [{ "name": "Size", "position": 1, "values": [{ "label": "L", "position": 1 }] }],
    "published_at": "2021-05-13T08:08:28+00:00",
    "requires_shipping": true,
    "title": "Airbit Box Corner Short sleeve t-shirt",
    "variants": [{
      "external_variant_id": "39684723835051",
      "sku": "T3",
      "title": "L / City Green",
      "option_values": [{ "label": "L" }],
      "prices": { "unit_price": "24.30", "compare_at_price": null },
      "dimensions": { "weight": 200, "weight_unit": "g" },
      "requires_shipping": true,
      "taxable": true,
      "tax_code": null,
      "image": null
    }],
    "vendor": "Airbit"
  }]
}""";

    static final String TOKEN_INFORMATION = """
            {"token_information": {"name": "Warehouse sync", "contact_email": "ops@example.com",
              "client": {"name": "Warehouse", "email": "ops@example.com"},
              "scopes": ["read_orders", "write_orders", "read_products", "store_info"]}}""";

    static final String STORE = """
            {"store": {"id": 12345, "identifier": "example-store", "name": "Example Store",
              "email": "owner@example.com", "currency": "USD", "external_platform": "shopify",
              "default_api_version": "2021-01", "timezone": {"iana_name": "America/Chicago", "name": "Central Time"},
              "weight_unit": "g", "created_at": "2021-04-21T11:44:38+00:00", "updated_at": "2024-01-02T03:04:05+00:00"}}""";

    static final String INVALID_CURSOR = """
            {"errors": {"cursor": ["Invalid value"]}}""";

    static String orderJson() {
        String envelope = ORDER_ENVELOPE.strip();
        int start = envelope.indexOf('{', 1);
        int end = envelope.lastIndexOf('}');
        return envelope.substring(start, end).strip();
    }

    /** An orders page holding the given order objects. */
    static String ordersPage(String nextCursor, String... orders) {
        return "{\"next_cursor\": " + (nextCursor == null ? "null" : "\"" + nextCursor + "\"")
                + ", \"previous_cursor\": null, \"orders\": [" + String.join(",", orders) + "]}";
    }

    /** The 2.6 order with another id and updated_at. */
    static String orderWith(long id, String updatedAt) {
        return orderJson().replace("\"id\": 534919106", "\"id\": " + id)
                .replace("\"updated_at\": \"2023-05-13T04:16:51+00:00\"", "\"updated_at\": \"" + updatedAt + "\"");
    }
}
