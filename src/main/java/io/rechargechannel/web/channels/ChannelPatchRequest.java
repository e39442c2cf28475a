package io.rechargechannel.web.channels;

import io.rechargechannel.channel.ChannelEdit;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Any subset of the channel form; absent fields stay as they are, an empty text clears an optional one. */
public record ChannelPatchRequest(@Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 100) String name,
                                  @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 500) String accessToken,
                                  @Size(max = 500) String baseUrl,
                                  @Positive Long warehouseId,
                                  Boolean active,
                                  Boolean autoSyncStock,
                                  @Min(10) @Max(86_400) Integer syncIntervalSeconds,
                                  @Size(max = 200) String brandName,
                                  @Size(max = 20_000) String commercialInvoice,
                                  Boolean despatchEmailsEnabled,
                                  @Email @Size(max = 320) String despatchEmailsFrom,
                                  Boolean feedbackEmailsEnabled,
                                  @Min(1) @Max(90) Integer feedbackDelayDays) {

    static final String NOT_BLANK = "(?s).*\\S.*";

    ChannelEdit toEdit() {
        return new ChannelEdit(name, accessToken, baseUrl, warehouseId, active, autoSyncStock, syncIntervalSeconds,
                brandName, commercialInvoice, despatchEmailsEnabled, despatchEmailsFrom, feedbackEmailsEnabled,
                feedbackDelayDays);
    }

    @Override
    public String toString() {
        return "ChannelPatchRequest[name=" + name + ", accessToken=" + (accessToken == null ? "unchanged" : "(hidden)") + "]";
    }
}
