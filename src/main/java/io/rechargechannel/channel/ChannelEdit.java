package io.rechargechannel.channel;

/**
 * The fields of the channel form. For a new channel {@code name} and {@code accessToken} are required;
 * for an edit every field is optional and null means "leave as it is" (inside the tabs too).
 */
public record ChannelEdit(String name,
                          String accessToken,
                          String baseUrl,
                          Long warehouseId,
                          Boolean active,
                          Boolean autoSyncStock,
                          Integer syncIntervalSeconds,
                          Brand brand,
                          CommercialInvoice commercialInvoice,
                          DespatchEmails despatchEmails,
                          FeedbackEmails feedbackEmails) {

    /** A new channel with the default settings. */
    public static ChannelEdit newChannel(String name, String accessToken, String baseUrl) {
        return new ChannelEdit(name, accessToken, baseUrl, null, null, null, null, null, null, null, null);
    }

    /** An edit that replaces only the token (and the base URL, when not null). */
    public static ChannelEdit newToken(String accessToken, String baseUrl) {
        return new ChannelEdit(null, accessToken, baseUrl, null, null, null, null, null, null, null, null);
    }

    public ChannelEdit withActive(boolean newActive) {
        return new ChannelEdit(name, accessToken, baseUrl, warehouseId, newActive, autoSyncStock, syncIntervalSeconds,
                brand, commercialInvoice, despatchEmails, feedbackEmails);
    }

    public ChannelEdit withSync(boolean newAutoSyncStock, int newIntervalSeconds) {
        return new ChannelEdit(name, accessToken, baseUrl, warehouseId, active, newAutoSyncStock, newIntervalSeconds,
                brand, commercialInvoice, despatchEmails, feedbackEmails);
    }

    boolean changesToken() {
        return accessToken != null && !accessToken.isBlank();
    }

    boolean changesBaseUrl() {
        return baseUrl != null;
    }

    @Override
    public String toString() {
        return "ChannelEdit[name=" + name + ", accessToken=" + (accessToken == null ? "unchanged" : "(hidden)") + "]";
    }
}
