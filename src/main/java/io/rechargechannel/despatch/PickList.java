package io.rechargechannel.despatch;

import java.util.List;

/**
 * What to pick for some orders, SKU by SKU: how many in all and for which orders.
 *
 * @param missing order ids asked for that do not exist
 */
public record PickList(List<Item> items, List<OrderRef> orders, List<Long> missing) {

    /** One SKU to pick (or a line without SKU, by its title). */
    public record Item(String sku, String title, int quantity, List<Pick> picks) {
    }

    /** So many of the item for one order. */
    public record Pick(long orderId, String orderNumber, int quantity) {
    }

    /** An order on the list. */
    public record OrderRef(long id, String number, String customer, String status) {
    }

    public int units() {
        return items.stream().mapToInt(Item::quantity).sum();
    }
}
