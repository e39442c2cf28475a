package io.rechargechannel.sandbox;

import java.util.Arrays;
import java.util.Optional;

/** The order sorts this sandbox supports, by their ReCharge names. */
enum SortBy {
    ID_ASC("id-asc", false, true),
    ID_DESC("id-desc", false, false),
    UPDATED_AT_ASC("updated_at-asc", true, true),
    UPDATED_AT_DESC("updated_at-desc", true, false);

    final String wireName;
    final boolean byUpdatedAt;
    final boolean ascending;

    SortBy(String wireName, boolean byUpdatedAt, boolean ascending) {
        this.wireName = wireName;
        this.byUpdatedAt = byUpdatedAt;
        this.ascending = ascending;
    }

    static Optional<SortBy> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }

    long valueOf(OrderRevision revision) {
        return byUpdatedAt ? revision.updatedAt : revision.orderId;
    }
}
