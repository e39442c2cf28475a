package io.rechargechannel.web.channels;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Any subset of a warehouse's name, address and country; the code never changes (stock and channels name it). */
public record WarehousePatchRequest(
        @Pattern(regexp = ChannelPatchRequest.NOT_BLANK, message = "must not be blank") @Size(max = 200) String name,
        @Size(max = 500) String address,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code") String countryCode) {
}
