package io.rechargechannel.web.pages;

import io.quarkus.qute.TemplateData;
import io.rechargechannel.despatch.PackingSlip;

import java.util.List;

/**
 * The despatch form of one order: what is in the parcel and where it goes, the carriers, and a refusal that is
 * about the order rather than a field (cancelled, on hold, invoice incomplete).
 *
 * @param despatchedWith "Royal Mail, tracking number …" when the order is already despatched, else null
 */
@TemplateData
public record DespatchForm(PackingSlip order, String status, List<Option> carriers, String despatchedWith,
                           String trackingUrl, String problem) {
}
