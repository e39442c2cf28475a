package io.rechargechannel.despatch;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The carriers a despatch may name: the built-in ones and those of {@link DespatchConfig}, by name. */
@ApplicationScoped
public class Carriers {

    private static final List<Carrier> BUILT_IN = List.of(
            new Carrier("royal-mail", "Royal Mail", "https://www.royalmail.com/track-your-item#/tracking-results/{trackingNumber}"),
            new Carrier("parcelforce", "Parcelforce", "https://www.parcelforce.com/track-trace?trackNumber={trackingNumber}"),
            new Carrier("dpd", "DPD", "https://track.dpd.co.uk/parcels/{trackingNumber}"),
            new Carrier("evri", "Evri", "https://www.evri.com/track/parcel/{trackingNumber}"),
            new Carrier("dhl", "DHL", "https://www.dhl.com/gb-en/home/tracking/tracking-parcel.html?submit=1&tracking-id={trackingNumber}"),
            new Carrier("ups", "UPS", "https://www.ups.com/track?tracknum={trackingNumber}"),
            new Carrier("fedex", "FedEx", "https://www.fedex.com/fedextrack/?trknbr={trackingNumber}"),
            new Carrier("usps", "USPS", "https://tools.usps.com/go/TrackConfirmAction?tLabels={trackingNumber}"));

    private final Map<String, Carrier> byCode = new LinkedHashMap<>();

    Carriers(DespatchConfig config) {
        BUILT_IN.forEach(c -> byCode.put(c.code(), c));
        config.carriers().forEach((code, setting) -> {
            String key = normalised(code);
            byCode.put(key, new Carrier(key, setting.name(), setting.trackingUrl().orElse(null)));
        });
    }

    /** Every carrier, by name. */
    public List<Carrier> all() {
        List<Carrier> all = new ArrayList<>(byCode.values());
        all.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
        return all;
    }

    /** By code ({@code royal-mail}) or by name ({@code Royal Mail}), as a person or a CSV writes it. */
    public Optional<Carrier> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        Carrier byItsCode = byCode.get(normalised(codeOrName));
        if (byItsCode != null) {
            return Optional.of(byItsCode);
        }
        return byCode.values().stream().filter(c -> c.name().equalsIgnoreCase(codeOrName.strip())).findFirst();
    }

    private static String normalised(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
