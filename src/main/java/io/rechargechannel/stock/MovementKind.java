package io.rechargechannel.stock;

/** Why a stock level moved; {@link #label()} is how the stock page says it. */
public enum MovementKind {
    OPENING("Opening balance"), RECEIPT("Goods received"), COUNT("Stock count"), ALLOCATION("Allocated"),
    RELEASE("Released"), DESPATCH("Despatched");

    private final String label;

    MovementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
