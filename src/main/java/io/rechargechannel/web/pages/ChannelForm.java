package io.rechargechannel.web.pages;

import io.rechargechannel.channel.Brand;
import io.rechargechannel.channel.CommercialInvoice;
import io.rechargechannel.channel.DespatchEmails;
import io.rechargechannel.channel.FeedbackEmails;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.web.channels.ChannelPatchRequest;
import io.rechargechannel.web.channels.NewChannelRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The channel form's fields, named as in the JSON API, to and from what the page shows: the saved channel as
 * values, and a posted form as the API's own request record, checked by the same constraints. The page always
 * sends every field, so an unticked box is "off" and an empty text clears; an empty access token keeps the old one.
 */
final class ChannelForm {

    /** The form as posted, read into the API's request (null when a field could not even be read), and its errors. */
    record Posted(FormState state, NewChannelRequest newChannel, ChannelPatchRequest edit) {
        boolean valid() {
            return !state.hasErrors();
        }
    }

    static final Map<String, String> LABELS = labels();

    private ChannelForm() {
    }

    static FormState blank() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("active", "true");
        values.put("autoSyncStock", "true");
        values.put("baseUrl", SalesChannel.DEFAULT_BASE_URL.toString());
        values.put("syncIntervalSeconds", String.valueOf(SalesChannel.DEFAULT_SYNC_INTERVAL.toSeconds()));
        values.put("despatchEmails.includeTrackingLink", "true");
        values.put("feedbackEmails.delayDays", String.valueOf(FeedbackEmails.DEFAULT_DELAY_DAYS));
        return FormState.of(values);
    }

    static FormState of(SalesChannel channel) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", channel.name());
        values.put("active", String.valueOf(channel.isActive()));
        values.put("baseUrl", channel.baseUrl().toString());
        values.put("warehouseId", String.valueOf(channel.warehouse().id()));
        values.put("syncIntervalSeconds", String.valueOf(channel.syncInterval().toSeconds()));
        values.put("autoSyncStock", String.valueOf(channel.autoSyncStock()));
        Brand brand = channel.brand();
        values.put("brand.name", brand.name());
        values.put("brand.logoUrl", brand.logoUrl());
        values.put("brand.accentColour", brand.accentColour());
        values.put("brand.senderName", brand.senderName());
        values.put("brand.senderEmail", brand.senderEmail());
        values.put("brand.replyTo", brand.replyTo());
        CommercialInvoice invoice = channel.commercialInvoice();
        values.put("commercialInvoice.companyName", invoice.companyName());
        values.put("commercialInvoice.address", invoice.address());
        values.put("commercialInvoice.eori", invoice.eori());
        values.put("commercialInvoice.vatNumber", invoice.vatNumber());
        values.put("commercialInvoice.countryOfOrigin", invoice.countryOfOrigin());
        values.put("commercialInvoice.hsCode", invoice.hsCode());
        values.put("commercialInvoice.reasonForExport", invoice.reasonForExport());
        values.put("commercialInvoice.termsOfSale", invoice.termsOfSale());
        DespatchEmails despatch = channel.despatchEmails();
        values.put("despatchEmails.enabled", String.valueOf(despatch.on()));
        values.put("despatchEmails.subject", despatch.subject());
        values.put("despatchEmails.includeTrackingLink", String.valueOf(Boolean.TRUE.equals(despatch.includeTrackingLink())));
        FeedbackEmails feedback = channel.feedbackEmails();
        values.put("feedbackEmails.enabled", String.valueOf(feedback.on()));
        values.put("feedbackEmails.delayDays", String.valueOf(feedback.delayDays()));
        values.put("feedbackEmails.feedbackUrlTemplate", feedback.feedbackUrlTemplate());
        return FormState.of(values);
    }

    /** Reads a posted form into the API's request record and checks it as the API does. */
    static Posted read(MultivaluedMap<String, String> posted, boolean isNew, Validator validator) {
        FormFields form = FormFields.read(LABELS, posted);
        String token = form.text("accessToken");
        form.blank("accessToken"); // never sent back to the browser
        Integer interval = form.number("syncIntervalSeconds");
        Integer delay = form.number("feedbackEmails.delayDays");
        Integer warehouse = form.number("warehouseId");
        Brand brand = new Brand(form.text("brand.name"), form.text("brand.logoUrl"), form.text("brand.accentColour"),
                form.text("brand.senderName"), form.text("brand.senderEmail"), form.text("brand.replyTo"));
        CommercialInvoice invoice = new CommercialInvoice(form.text("commercialInvoice.companyName"),
                form.text("commercialInvoice.address"), form.text("commercialInvoice.eori"),
                form.text("commercialInvoice.vatNumber"), form.text("commercialInvoice.countryOfOrigin"),
                form.text("commercialInvoice.hsCode"), form.text("commercialInvoice.reasonForExport"),
                form.text("commercialInvoice.termsOfSale"));
        DespatchEmails despatch = new DespatchEmails(form.ticked("despatchEmails.enabled"),
                form.text("despatchEmails.subject"), form.ticked("despatchEmails.includeTrackingLink"));
        FeedbackEmails feedback = new FeedbackEmails(form.ticked("feedbackEmails.enabled"), delay,
                form.text("feedbackEmails.feedbackUrlTemplate"));
        if (form.text("name").isBlank()) {
            form.error("name", "Enter a name for the channel, such as ReCharge UK");
        }
        if (isNew && token.isBlank()) {
            form.error("accessToken", "Enter the access token from ReCharge");
        }
        Long warehouseId = warehouse == null ? null : warehouse.longValue();
        if (isNew) {
            NewChannelRequest request = new NewChannelRequest(form.text("name"), token, form.text("baseUrl"), warehouseId,
                    form.ticked("active"), form.ticked("autoSyncStock"), interval, brand, invoice, despatch, feedback);
            form.check(validator.validate(request));
            return new Posted(form.state(), request, null);
        }
        ChannelPatchRequest request = new ChannelPatchRequest(form.text("name"), token.isBlank() ? null : token,
                form.text("baseUrl"), warehouseId, form.ticked("active"), form.ticked("autoSyncStock"), interval, brand,
                invoice, despatch, feedback);
        form.check(validator.validate(request));
        return new Posted(form.state(), null, request);
    }

    private static Map<String, String> labels() {
        String[][] labels = {
                {"name", "Name"}, {"accessToken", "Access token"}, {"active", "Active"},
                {"baseUrl", "ReCharge API address"}, {"warehouseId", "Warehouse"}, {"syncIntervalSeconds", "Sync interval"},
                {"autoSyncStock", "Auto Sync Stock"}, {"brand.name", "Brand name"}, {"brand.logoUrl", "Logo URL"},
                {"brand.accentColour", "Accent colour"}, {"brand.senderName", "Sender name"},
                {"brand.senderEmail", "Sender email"}, {"brand.replyTo", "Reply-to email"},
                {"commercialInvoice.companyName", "Company name"}, {"commercialInvoice.address", "Company address"},
                {"commercialInvoice.eori", "EORI number"}, {"commercialInvoice.vatNumber", "VAT number"},
                {"commercialInvoice.countryOfOrigin", "Country of origin"}, {"commercialInvoice.hsCode", "HS code"},
                {"commercialInvoice.reasonForExport", "Reason for export"},
                {"commercialInvoice.termsOfSale", "Terms of sale"}, {"despatchEmails.enabled", "Send despatch emails"},
                {"despatchEmails.subject", "Subject line"},
                {"despatchEmails.includeTrackingLink", "Include the tracking link"},
                {"feedbackEmails.enabled", "Send feedback emails"}, {"feedbackEmails.delayDays", "Days after despatch"},
                {"feedbackEmails.feedbackUrlTemplate", "Feedback page URL"}};
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] label : labels) {
            map.put(label[0], label[1]);
        }
        return map;
    }
}
