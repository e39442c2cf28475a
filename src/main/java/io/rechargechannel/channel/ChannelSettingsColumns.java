package io.rechargechannel.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How {@link ChannelSettings} sit in the {@code sales_channel} row: plain columns. */
@Embeddable
class ChannelSettingsColumns {

    @Column(name = "brand_name", length = 200)
    private String brandName;
    @Column(name = "commercial_invoice", columnDefinition = "text")
    private String commercialInvoice;
    @Column(name = "despatch_emails_enabled")
    private boolean despatchEmailsEnabled;
    @Column(name = "despatch_emails_from", length = 320)
    private String despatchEmailsFrom;
    @Column(name = "feedback_emails_enabled")
    private boolean feedbackEmailsEnabled;
    @Column(name = "feedback_delay_days")
    private int feedbackDelayDays = ChannelSettings.DEFAULTS.feedbackDelayDays();

    static ChannelSettingsColumns of(ChannelSettings settings) {
        ChannelSettingsColumns columns = new ChannelSettingsColumns();
        columns.brandName = settings.brandName();
        columns.commercialInvoice = settings.commercialInvoice();
        columns.despatchEmailsEnabled = settings.despatchEmailsEnabled();
        columns.despatchEmailsFrom = settings.despatchEmailsFrom();
        columns.feedbackEmailsEnabled = settings.feedbackEmailsEnabled();
        columns.feedbackDelayDays = settings.feedbackDelayDays();
        return columns;
    }

    ChannelSettings toSettings() {
        return new ChannelSettings(brandName, commercialInvoice, despatchEmailsEnabled, despatchEmailsFrom,
                feedbackEmailsEnabled, feedbackDelayDays);
    }
}
