package io.rechargechannel.sandbox;

import java.util.Map;
import java.util.Set;

import static io.rechargechannel.sandbox.SandboxInputException.check;

/**
 * A change to an order, as a merchant or ReCharge would make it; null fields stay as they are.
 * {@code shippingAddress} holds 2021-11 field names ({@code address1}, {@code city}, {@code country_code}...).
 */
public record OrderUpdate(String status, Map<String, String> shippingAddress, String note) {

    public static final Set<String> STATUSES = Set.of("success", "queued", "cancelled", "refunded", "error", "skipped");

    public OrderUpdate {
        check(status == null || STATUSES.contains(status), "status must be one of " + String.join(", ", STATUSES.stream().sorted().toList()));
        check(shippingAddress == null || Address.FIELDS.containsAll(shippingAddress.keySet()),
                "shipping_address fields must be among " + String.join(", ", Address.FIELDS.stream().sorted().toList()));
        check(note == null || note.length() <= 5000, "note must be at most 5000 characters");
        shippingAddress = shippingAddress == null ? null : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(shippingAddress));
    }
}
