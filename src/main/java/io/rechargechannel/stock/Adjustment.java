package io.rechargechannel.stock;

/**
 * A person's change to on hand: goods received ({@code quantity}, a delta, negative for a write-off) or a stock
 * count ({@code countedOnHand}, what is on the shelf); exactly one of the two, and always a reason.
 */
public record Adjustment(Long warehouseId, String sku, Integer quantity, Integer countedOnHand, String reason) {

    static final int MAX_REASON = 500;
    static final int LIMIT = 1_000_000;

    /** Checks the request's own shape; throws the first problem, naming its field. */
    void check() {
        if (warehouseId == null) {
            throw StockProblem.invalid("warehouseId", "Choose the warehouse");
        }
        if (sku == null || sku.isBlank()) {
            throw StockProblem.invalid("sku", "Enter the SKU");
        }
        if ((quantity == null) == (countedOnHand == null)) {
            throw StockProblem.invalid("quantity",
                    "Give either quantity (goods received, or a negative number to write off) or countedOnHand (a stock count), not both");
        }
        if (quantity != null && (quantity == 0 || Math.abs(quantity) > LIMIT)) {
            throw StockProblem.invalid("quantity", "Enter a quantity other than 0, between -" + LIMIT + " and " + LIMIT);
        }
        if (countedOnHand != null && (countedOnHand < 0 || countedOnHand > LIMIT)) {
            throw StockProblem.invalid("countedOnHand", "Enter the counted quantity: 0 or more, at most " + LIMIT);
        }
        if (reason == null || reason.isBlank()) {
            throw StockProblem.invalid("reason", "Say why, such as a delivery note number or \"weekly count\"");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw StockProblem.invalid("reason", "Keep the reason to " + MAX_REASON + " characters");
        }
    }

    boolean isCount() {
        return countedOnHand != null;
    }
}
