package io.rechargechannel.stock;

import java.util.Optional;

/** A stock request that cannot be done as asked: the message is for people, {@link #field()} names what to fix. */
public class StockProblem extends RuntimeException {

    public enum Kind { NOT_FOUND, INVALID }

    private final Kind kind;
    private final String field;

    public StockProblem(Kind kind, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    public static StockProblem invalid(String field, String message) {
        return new StockProblem(Kind.INVALID, field, message);
    }

    public static StockProblem notFound(String field, String message) {
        return new StockProblem(Kind.NOT_FOUND, field, message);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
