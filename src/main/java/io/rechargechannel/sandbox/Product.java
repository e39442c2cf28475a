package io.rechargechannel.sandbox;

import java.util.List;

/** A catalog product with 1-4 variants; {@code externalProductId} is numeric text, so it sorts as a long. */
record Product(String externalProductId, String title, String vendor, String optionName, long createdAt,
               List<Variant> variants) {

    long sortKey() {
        return Long.parseLong(externalProductId);
    }
}
