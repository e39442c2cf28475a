package io.rechargechannel.web.channels;

import io.rechargechannel.channel.Brand;
import io.rechargechannel.channel.ChannelEdit;
import io.rechargechannel.channel.CommercialInvoice;
import io.rechargechannel.channel.DespatchEmails;
import io.rechargechannel.channel.FeedbackEmails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The channel form on submit: name and access token required, the rest optional (the tabs as nested objects). */
public record NewChannelRequest(@NotBlank(message = "Enter a name") @Size(max = 100) String name,
                                @NotBlank(message = "Enter the access token") @Size(max = 500)
                                @Pattern(regexp = NO_SPACES, message = "must not contain spaces") String accessToken,
                                @Size(max = 500) String baseUrl,
                                @Positive Long warehouseId,
                                Boolean active,
                                Boolean autoSyncStock,
                                @Min(10) @Max(86_400) Integer syncIntervalSeconds,
                                @Valid Brand brand,
                                @Valid CommercialInvoice commercialInvoice,
                                @Valid DespatchEmails despatchEmails,
                                @Valid FeedbackEmails feedbackEmails) {

    static final String NO_SPACES = "\\s*\\S*\\s*";

    public ChannelEdit toEdit() {
        return new ChannelEdit(name, accessToken, baseUrl, warehouseId, active, autoSyncStock, syncIntervalSeconds,
                brand, commercialInvoice, despatchEmails, feedbackEmails);
    }

    @Override
    public String toString() {
        return "NewChannelRequest[name=" + name + ", accessToken=(hidden)]";
    }
}
