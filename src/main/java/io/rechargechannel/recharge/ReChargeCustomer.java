package io.rechargechannel.recharge;

/** The customer on a 2021-11 order: no names here, take them from the addresses. */
public record ReChargeCustomer(Long id, String email, ExternalId externalCustomerId, String hash) {
}
