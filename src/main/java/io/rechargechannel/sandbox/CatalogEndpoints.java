package io.rechargechannel.sandbox;

import io.vertx.core.MultiMap;

import java.util.List;

/**
 * {@code GET /products}: the 2021-11 catalog for custom-catalog stores, cursor-paged by external product id.
 * Platform-catalog stores answer 422, as Shopify stores do on ReCharge.
 */
final class CatalogEndpoints {

    static final String PLATFORM_CATALOG = "Products are managed by the ecommerce platform (shopify) for this store;"
            + " the 2021-11 products endpoint serves custom catalogs only. Read SKUs from order line_items.";

    private CatalogEndpoints() {
    }

    static Answer list(SandboxStore store, MultiMap params) {
        if (store.spec().catalog() == StoreSpec.Catalog.PLATFORM) {
            throw new RechargeError(422, PLATFORM_CATALOG);
        }
        StoreData data = store.data();
        ListParams listParams = new ListParams(params);
        int limit = listParams.limit();
        String cursorText = listParams.cursor();
        listParams.throwIfInvalid();
        List<Product> products = data.products;
        int from = 0;
        int to = Math.min(products.size(), limit);
        if (cursorText != null) {
            Cursor cursor = Cursor.decode(cursorText, Cursor.PRODUCTS, data.generation);
            int anchor = indexOf(products, cursor.lastId());
            from = cursor.backwards() ? Math.max(0, anchor - limit) : anchor + 1;
            to = cursor.backwards() ? anchor : Math.min(products.size(), from + limit);
        }
        List<Product> page = products.subList(from, to);
        String next = to < products.size() && !page.isEmpty() ? cursor(data, Cursor.NEXT, page.get(page.size() - 1)) : null;
        String previous = from > 0 && !page.isEmpty() ? cursor(data, Cursor.PREVIOUS, page.get(0)) : null;
        return Answer.ok(g -> {
            g.writeStartObject();
            g.writeStringField("next_cursor", next);
            g.writeStringField("previous_cursor", previous);
            g.writeArrayFieldStart("products");
            for (Product product : page) {
                ProductJson.write(g, product);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static int indexOf(List<Product> products, long sortKey) {
        int low = 0;
        int high = products.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long key = products.get(mid).sortKey();
            if (key == sortKey) {
                return mid;
            }
            if (key < sortKey) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        throw RechargeError.invalidCursor();
    }

    private static String cursor(StoreData data, String direction, Product at) {
        return new Cursor(Cursor.PRODUCTS, data.generation, 0, direction, at.sortKey(), at.sortKey(), null).encode();
    }
}
