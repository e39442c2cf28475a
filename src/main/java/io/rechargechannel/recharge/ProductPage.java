package io.rechargechannel.recharge;

import java.util.List;

/** One page of {@code GET /products}; {@code nextCursor} is null on the last page. */
public record ProductPage(List<WireRecord<ReChargeProduct>> products, String nextCursor, CallStats stats) {

    public ProductPage {
        products = List.copyOf(products);
    }
}
