package io.rechargechannel.channel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A channel's settings as people read them, named as in the JSON API: compared before and after an edit, they
 * tell whether anything changed and what, for {@code updatedAt} and the audit log. The token is not in it: its
 * change is recorded as a note that shows only its last four characters.
 */
final class ChannelSnapshots {

    private ChannelSnapshots() {
    }

    static Map<String, String> of(SalesChannel channel) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("name", channel.name());
        settings.put("active", yesNo(channel.isActive()));
        settings.put("baseUrl", channel.baseUrl().toString());
        settings.put("warehouse", channel.warehouse().code());
        settings.put("syncIntervalSeconds", String.valueOf(channel.syncInterval().toSeconds()));
        settings.put("autoSyncStock", yesNo(channel.autoSyncStock()));
        putBrand(settings, channel.brand());
        CommercialInvoice invoice = channel.commercialInvoice();
        settings.put("commercialInvoice.companyName", invoice.companyName());
        settings.put("commercialInvoice.address", invoice.address());
        settings.put("commercialInvoice.eori", invoice.eori());
        settings.put("commercialInvoice.vatNumber", invoice.vatNumber());
        settings.put("commercialInvoice.countryOfOrigin", invoice.countryOfOrigin());
        settings.put("commercialInvoice.hsCode", invoice.hsCode());
        settings.put("commercialInvoice.reasonForExport", invoice.reasonForExport());
        settings.put("commercialInvoice.termsOfSale", invoice.termsOfSale());
        DespatchEmails despatch = channel.despatchEmails();
        settings.put("despatchEmails.enabled", yesNo(despatch.on()));
        settings.put("despatchEmails.subject", despatch.subject());
        settings.put("despatchEmails.includeTrackingLink", yesNo(Boolean.TRUE.equals(despatch.includeTrackingLink())));
        FeedbackEmails feedback = channel.feedbackEmails();
        settings.put("feedbackEmails.enabled", yesNo(feedback.on()));
        settings.put("feedbackEmails.delayDays", String.valueOf(feedback.delayDays()));
        settings.put("feedbackEmails.feedbackUrlTemplate", feedback.feedbackUrlTemplate());
        return settings;
    }

    static void putBrand(Map<String, String> settings, Brand brand) {
        settings.put("brand.name", brand.name());
        settings.put("brand.logoUrl", brand.logoUrl());
        settings.put("brand.accentColour", brand.accentColour());
        settings.put("brand.senderName", brand.senderName());
        settings.put("brand.senderEmail", brand.senderEmail());
        settings.put("brand.replyTo", brand.replyTo());
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
