package io.rechargechannel.web.channels;

import io.rechargechannel.channel.Brand;
import io.rechargechannel.channel.ChannelEdit;
import io.rechargechannel.channel.CommercialInvoice;
import io.rechargechannel.channel.DespatchEmails;
import io.rechargechannel.channel.FeedbackEmails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Any subset of the channel form; absent fields stay as they are (inside the tabs too), an empty text clears an
 * optional one. A new access token is checked with ReCharge before it replaces the old one.
 */
public record ChannelPatchRequest(@Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 100) String name,
                                  @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 500)
                                  @Pattern(regexp = NewChannelRequest.NO_SPACES, message = "must not contain spaces")
                                  String accessToken,
                                  @Size(max = 500) String baseUrl,
                                  @Positive Long warehouseId,
                                  Boolean active,
                                  Boolean autoSyncStock,
                                  @Min(10) @Max(86_400) Integer syncIntervalSeconds,
                                  @Valid Brand brand,
                                  @Valid CommercialInvoice commercialInvoice,
                                  @Valid DespatchEmails despatchEmails,
                                  @Valid FeedbackEmails feedbackEmails) {

    static final String NOT_BLANK = "(?s).*\\S.*";

    public ChannelEdit toEdit() {
        return new ChannelEdit(name, accessToken, baseUrl, warehouseId, active, autoSyncStock, syncIntervalSeconds,
                brand, commercialInvoice, despatchEmails, feedbackEmails);
    }

    @Override
    public String toString() {
        return "ChannelPatchRequest[name=" + name + ", accessToken=" + (accessToken == null ? "unchanged" : "(hidden)") + "]";
    }
}
