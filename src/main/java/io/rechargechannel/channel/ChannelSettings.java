package io.rechargechannel.channel;

/**
 * The optional tabs of the channel form: Brand (null means "use General Settings"), Commercial
 * Invoice, Despatch Emails (null sender means the general one) and Feedback Emails.
 */
public record ChannelSettings(String brandName,
                              String commercialInvoice,
                              boolean despatchEmailsEnabled,
                              String despatchEmailsFrom,
                              boolean feedbackEmailsEnabled,
                              int feedbackDelayDays) {

    public static final ChannelSettings DEFAULTS = new ChannelSettings(null, null, false, null, false, 7);
    public static final int MAX_FEEDBACK_DELAY_DAYS = 90;

    public ChannelSettings {
        brandName = blankToNull(brandName);
        commercialInvoice = blankToNull(commercialInvoice);
        despatchEmailsFrom = blankToNull(despatchEmailsFrom);
        if (feedbackDelayDays < 1 || feedbackDelayDays > MAX_FEEDBACK_DELAY_DAYS) {
            throw ChannelProblem.unacceptable("The feedback email delay must be 1 to " + MAX_FEEDBACK_DELAY_DAYS + " days");
        }
    }

    /** These settings with every field the edit names replaced; an empty text clears that field. */
    ChannelSettings with(ChannelEdit edit) {
        return new ChannelSettings(
                edit.brandName() == null ? brandName : edit.brandName(),
                edit.commercialInvoice() == null ? commercialInvoice : edit.commercialInvoice(),
                edit.despatchEmailsEnabled() == null ? despatchEmailsEnabled : edit.despatchEmailsEnabled(),
                edit.despatchEmailsFrom() == null ? despatchEmailsFrom : edit.despatchEmailsFrom(),
                edit.feedbackEmailsEnabled() == null ? feedbackEmailsEnabled : edit.feedbackEmailsEnabled(),
                edit.feedbackDelayDays() == null ? feedbackDelayDays : edit.feedbackDelayDays());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
