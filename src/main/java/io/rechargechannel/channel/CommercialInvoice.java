package io.rechargechannel.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Commercial Invoice tab: what a customs declaration of this channel's international despatches needs.
 * As an edit, null means "leave as it is" and an empty text clears the field.
 *
 * @param vatNumber       the exporter's VAT number, or {@code GBUNREG} for a UK business not registered for VAT
 * @param reasonForExport a {@link ReasonForExport} name
 * @param termsOfSale     a {@link TermsOfSale} name: who pays duties and taxes
 */
@Embeddable
public record CommercialInvoice(
        @Column(name = "invoice_company_name") @Size(max = 200) String companyName,
        @Column(name = "invoice_address", columnDefinition = "text") @Size(max = 1000) String address,
        @Column(name = "invoice_eori") @Pattern(regexp = "|[A-Za-z]{2}[A-Za-z0-9]{1,15}",
                message = "must be an EORI number: a country code and up to 15 letters or digits, such as GB123456789000")
        String eori,
        @Column(name = "invoice_vat_number") @Pattern(regexp = "|[A-Za-z]{2}[A-Za-z0-9]{2,13}",
                message = "must be a VAT number such as GB123456789, or GBUNREG when not registered for VAT")
        String vatNumber,
        @Column(name = "invoice_country_of_origin") @Pattern(regexp = "|[A-Za-z]{2}",
                message = "must be a two-letter country code such as GB")
        String countryOfOrigin,
        @Column(name = "invoice_hs_code") @Pattern(regexp = "|[0-9]{6}|[0-9]{8}|[0-9]{10}",
                message = "must be an HS code of 6, 8 or 10 digits, such as 090121")
        String hsCode,
        @Column(name = "invoice_reason_for_export") @Pattern(regexp = "|SALE|GIFT|SAMPLE|RETURN|REPAIR",
                message = "must be one of SALE, GIFT, SAMPLE, RETURN, REPAIR")
        String reasonForExport,
        @Column(name = "invoice_terms_of_sale") @Pattern(regexp = "|DDP|DAP", message = "must be DDP or DAP")
        String termsOfSale) {

    public static final CommercialInvoice NONE = new CommercialInvoice(null, null, null, null, null, null, null, null);

    /** Why goods leave the country, as customs forms ask it. */
    public enum ReasonForExport {
        SALE("Sale of goods"), GIFT("Gift"), SAMPLE("Commercial sample"), RETURN("Returned goods"), REPAIR("Repair");

        private final String label;

        ReasonForExport(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Incoterms for a subscription parcel: who pays duties and taxes at the border. */
    public enum TermsOfSale {
        DDP("Delivered Duty Paid: you pay duties and taxes"), DAP("Delivered At Place: the customer pays duties and taxes");

        private final String label;

        TermsOfSale(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The settings a customs declaration cannot do without, in the words of the form, when they are missing. */
    public List<String> missingForCustoms() {
        List<String> missing = new ArrayList<>();
        if (companyName == null) missing.add("company name");
        if (address == null) missing.add("company address");
        if (eori == null) missing.add("EORI number");
        if (countryOfOrigin == null) missing.add("country of origin");
        if (hsCode == null) missing.add("HS code");
        if (reasonForExport == null) missing.add("reason for export");
        if (termsOfSale == null) missing.add("terms of sale");
        return missing;
    }

    CommercialInvoice patchedWith(CommercialInvoice patch) {
        if (patch == null) {
            return this;
        }
        return new CommercialInvoice(Texts.patched(companyName, patch.companyName), Texts.patched(address, patch.address),
                upper(Texts.patched(eori, patch.eori)), upper(Texts.patched(vatNumber, patch.vatNumber)),
                upper(Texts.patched(countryOfOrigin, patch.countryOfOrigin)), Texts.patched(hsCode, patch.hsCode),
                upper(Texts.patched(reasonForExport, patch.reasonForExport)),
                upper(Texts.patched(termsOfSale, patch.termsOfSale)));
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
