package io.rechargechannel.sandbox;

/** An order line pointing at a catalog variant, which is where its SKU, title, price and weight come from. */
record LineItem(long purchaseItemId, boolean subscription, Product product, Variant variant, int quantity) {

    long totalCents() {
        return variant.priceCents() * quantity;
    }
}
