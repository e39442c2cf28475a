package io.rechargechannel.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The company behind every channel, as General Settings holds it: shown on packing slips and in emails. */
@Embeddable
public record Company(
        @Column(name = "company_name") @Size(max = 200) String name,
        @Column(name = "company_address") @Size(max = 1000) String address,
        @Column(name = "company_email") @Email @Size(max = 320) String email,
        @Column(name = "company_phone") @Size(max = 40) @Pattern(regexp = "|[0-9 +()-]{5,40}",
                message = "must be a phone number of digits, spaces and + ( ) -") String phone,
        @Column(name = "company_website") @Size(max = 500)
        @Pattern(regexp = Brand.WEB_ADDRESS, message = Brand.WEB_ADDRESS_MESSAGE) String website,
        @Column(name = "vat_number") @Pattern(regexp = "|[A-Za-z]{2}[A-Za-z0-9]{2,13}",
                message = "must be a VAT number such as GB123456789, or GBUNREG when not registered for VAT")
        String vatNumber,
        @Column(name = "eori") @Pattern(regexp = "|[A-Za-z]{2}[A-Za-z0-9]{1,15}",
                message = "must be an EORI number: a country code and up to 15 letters or digits, such as GB123456789000")
        String eori) {

    Company patchedWith(Company patch) {
        if (patch == null) {
            return this;
        }
        return new Company(Texts.patched(name, patch.name), Texts.patched(address, patch.address),
                Texts.patched(email, patch.email), Texts.patched(phone, patch.phone), Texts.patched(website, patch.website),
                upper(Texts.patched(vatNumber, patch.vatNumber)), upper(Texts.patched(eori, patch.eori)));
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(java.util.Locale.ROOT);
    }
}
