package io.rechargechannel.recharge;

/** A shipping or billing address on an order (2021-11: {@code country_code}, names live here). */
public record ReChargeAddress(String address1, String address2, String city, String company,
                              String countryCode, String firstName, String lastName, String phone,
                              String province, String zip) {
}
