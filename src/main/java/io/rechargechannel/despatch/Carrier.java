package io.rechargechannel.despatch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A carrier parcels leave with, and its tracking page.
 *
 * @param trackingUrlTemplate the tracking page with {@value #PLACEHOLDER} where the number goes; null when the
 *                            carrier has none
 */
public record Carrier(String code, String name, String trackingUrlTemplate) {

    public static final String PLACEHOLDER = "{trackingNumber}";

    /** The tracking page of one parcel, the number URL-encoded into it; null without a template. */
    public String trackingUrl(String trackingNumber) {
        if (trackingUrlTemplate == null) {
            return null;
        }
        String encoded = URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8).replace("+", "%20");
        return trackingUrlTemplate.replace(PLACEHOLDER, encoded);
    }
}
