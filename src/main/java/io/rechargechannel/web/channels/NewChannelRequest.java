package io.rechargechannel.web.channels;

import io.rechargechannel.channel.ChannelEdit;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The channel form on submit: name and access token required, the tabs optional. */
public record NewChannelRequest(@NotBlank @Size(max = 100) String name,
                                @NotBlank @Size(max = 500) String accessToken,
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

    ChannelEdit toEdit() {
        return new ChannelEdit(name, accessToken, baseUrl, warehouseId, active, autoSyncStock, syncIntervalSeconds,
                brandName, commercialInvoice, despatchEmailsEnabled, despatchEmailsFrom, feedbackEmailsEnabled,
                feedbackDelayDays);
    }

    @Override
    public String toString() {
        return "NewChannelRequest[name=" + name + ", accessToken=(hidden)]";
    }
}
