package io.rechargechannel.sandbox;

import java.util.Arrays;
import java.util.Optional;

/** Misbehaviours a store can be told to show on its ReCharge paths, by their control API names. */
public enum FaultType {
    TOO_MANY_REQUESTS("429", 429),
    INTERNAL_ERROR("500", 500),
    BAD_GATEWAY("502", 502),
    SERVICE_UNAVAILABLE("503", 503),
    GATEWAY_TIMEOUT("504", 504),
    /** Waits {@code delay}, then answers normally. */
    SLOW("slow", 200),
    /** A 200 that sends its Content-Length, part of the body, then closes the connection. */
    TRUNCATED("truncated", 200),
    /** A 200 with a cut-off JSON document whose Content-Length matches what is sent. */
    MALFORMED("malformed", 200);

    public final String wireName;
    final int status;

    FaultType(String wireName, int status) {
        this.wireName = wireName;
        this.status = status;
    }

    public static Optional<FaultType> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    boolean replacesAnswer() {
        return status != 200;
    }
}
