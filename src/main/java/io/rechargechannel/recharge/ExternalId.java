package io.rechargechannel.recharge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A platform id as ReCharge 2021-11 wraps it: {@code {"ecommerce": "5006149877931"}}. */
public record ExternalId(String ecommerce) {

    @JsonCreator
    public ExternalId(@JsonProperty("ecommerce") String ecommerce) {
        this.ecommerce = ecommerce;
    }

    /** Older payloads carry the bare string; accept it rather than lose the record. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ExternalId of(String ecommerce) {
        return new ExternalId(ecommerce);
    }
}
