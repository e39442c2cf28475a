package io.rechargechannel.channel;

/**
 * The fields of the channel form. For a new channel {@code name} and {@code accessToken} are required;
 * for an edit every field is optional and null means "leave as it is".
 */
public record ChannelEdit(String name,
                          String accessToken,
                          String baseUrl,
                          Long warehouseId,
                          Boolean active,
                          Boolean autoSyncStock,
                          Integer syncIntervalSeconds,
                          String brandName,
                          String commercialInvoice,
                          Boolean despatchEmailsEnabled,
                          String despatchEmailsFrom,
                          Boolean feedbackEmailsEnabled,
                          Integer feedbackDelayDays) {

    boolean changesToken() {
        return accessToken != null;
    }

    boolean changesBaseUrl() {
        return baseUrl != null;
    }
}
