package io.rechargechannel.sync;

import io.rechargechannel.recharge.ReChargeOrder;
import io.rechargechannel.recharge.WireRecord;

import java.util.List;

/**
 * The sync's mapping of a page (what it does before the database), opened to benchmarks in other packages
 * without making {@link MappedPage} public.
 */
public final class PageMappingProbe {

    private PageMappingProbe() {
    }

    /** Maps the page as the order sync does; returns how many orders mapped plus a digit of each hash, so the work is used. */
    public static long map(List<WireRecord<ReChargeOrder>> records) {
        MappedPage mapped = MappedPage.of(records);
        long used = mapped.orders().size() * 1_000L + mapped.rejected().size();
        for (var order : mapped.orders()) {
            used += order.contentHash().charAt(0);
        }
        return used;
    }
}
