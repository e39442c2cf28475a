package io.rechargechannel.recharge;

import java.time.OffsetDateTime;

/** {@code GET /store}: who the token belongs to (needs the {@code store_info} scope). */
public record ReChargeStore(long id, String name, String email, String currency, Timezone timezone,
                            String weightUnit, String externalPlatform, String defaultApiVersion,
                            OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public record Timezone(String ianaName, String name) {
    }
}
