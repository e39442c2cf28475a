package io.rechargechannel.sandbox;

/** A postal address as ReCharge 2021-11 puts it on orders: names live here, not on the customer. */
record Address(String firstName, String lastName, String company, String address1, String address2,
               String city, String province, String zip, String countryCode, String phone) {

    Address withChanges(java.util.Map<String, String> changes) {
        return new Address(
                changes.getOrDefault("first_name", firstName), changes.getOrDefault("last_name", lastName),
                changes.getOrDefault("company", company), changes.getOrDefault("address1", address1),
                changes.getOrDefault("address2", address2), changes.getOrDefault("city", city),
                changes.getOrDefault("province", province), changes.getOrDefault("zip", zip),
                changes.getOrDefault("country_code", countryCode), changes.getOrDefault("phone", phone));
    }

    static final java.util.Set<String> FIELDS = java.util.Set.of("first_name", "last_name", "company", "address1",
            "address2", "city", "province", "zip", "country_code", "phone");
}
