package io.rechargechannel.auth;

import java.util.Optional;

/** Something an admin can fix about a user request; {@link #field()} names the form field it is about. */
public class AccountProblem extends RuntimeException {

    public enum Kind { NOT_FOUND, CONFLICT, UNACCEPTABLE }

    private final Kind kind;
    private final String field;

    AccountProblem(Kind kind, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    static AccountProblem unacceptable(String field, String message) {
        return new AccountProblem(Kind.UNACCEPTABLE, field, message);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
