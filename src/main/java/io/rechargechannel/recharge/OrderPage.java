package io.rechargechannel.recharge;

import java.util.List;

/** One page of {@code GET /orders}; {@code nextCursor} is null on the last page. */
public record OrderPage(List<WireRecord<ReChargeOrder>> orders, String nextCursor, CallStats stats) {

    public OrderPage {
        orders = List.copyOf(orders);
    }
}
