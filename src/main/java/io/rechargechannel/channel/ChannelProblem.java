package io.rechargechannel.channel;

import java.util.List;
import java.util.Optional;

/**
 * Something an admin can fix about a channel, warehouse or settings request. The message is written for people;
 * {@link #field()} names the form field it is about, when there is one, and {@link #details()} holds one entry
 * per thing to fix (e.g. a {@link MissingPermission}).
 */
public class ChannelProblem extends RuntimeException {

    public enum Kind {
        NOT_FOUND,
        /** Clashes with existing data, e.g. a duplicate name. */
        CONFLICT,
        /** Well-formed but not acceptable, e.g. a base URL off the allow-list. */
        UNACCEPTABLE,
        /** ReCharge could not be asked. */
        RECHARGE_UNREACHABLE
    }

    private final Kind kind;
    private final String field;
    private final transient List<?> details;

    public ChannelProblem(Kind kind, String message, List<?> details) {
        this(kind, null, message, details);
    }

    /** @param field the field of the channel form the problem is about, when it is about one */
    public ChannelProblem(Kind kind, String field, String message, List<?> details) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
        this.details = List.copyOf(details);
    }

    public static ChannelProblem notFound(String message) {
        return new ChannelProblem(Kind.NOT_FOUND, message, List.of());
    }

    public static ChannelProblem conflict(String field, String message) {
        return new ChannelProblem(Kind.CONFLICT, field, message, List.of());
    }

    public static ChannelProblem unacceptable(String message, String... details) {
        return new ChannelProblem(Kind.UNACCEPTABLE, message, List.of(details));
    }

    public static ChannelProblem onField(String field, Kind kind, String message, List<?> details) {
        return new ChannelProblem(kind, field, message, details);
    }

    public Kind kind() {
        return kind;
    }

    /** The form field (named as in the JSON API) the admin should look at, when there is one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public List<?> details() {
        return details;
    }
}
