package io.rechargechannel.orders;

import java.util.Optional;

/** A warehouse action on an order that cannot be done, with the reason written for people. */
public class OrderProblem extends RuntimeException {

    public enum Kind {
        NOT_FOUND,
        /** The order's state forbids it, e.g. holding a despatched order. */
        CONFLICT,
        /** The request itself is not acceptable, e.g. a hold without a reason. */
        INVALID
    }

    private final Kind kind;
    private final String field;

    public OrderProblem(Kind kind, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    public static OrderProblem notFound(long orderId) {
        return new OrderProblem(Kind.NOT_FOUND, null, "There is no order " + orderId);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
