package io.rechargechannel.web.channels;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewWarehouseRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]*", message = "may only hold letters, digits, - and _")
        String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 500) String address,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code") String countryCode) {
}
