package io.rechargechannel.sync;

import io.rechargechannel.orders.IncomingOrder;
import io.rechargechannel.recharge.ReChargeOrder;
import io.rechargechannel.recharge.WireRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A page of orders split into those the warehouse takes and those it quarantines. */
record MappedPage(List<IncomingOrder> orders, List<Quarantine.Rejected> rejected) {

    private static final Pattern ID = Pattern.compile("^\\{\\s*\"id\"\\s*:\\s*(\\d+)");

    static MappedPage of(List<WireRecord<ReChargeOrder>> records) {
        List<IncomingOrder> orders = new ArrayList<>(records.size());
        List<Quarantine.Rejected> rejected = new ArrayList<>();
        for (WireRecord<ReChargeOrder> record : records) {
            if (!record.ok()) {
                rejected.add(new Quarantine.Rejected(keyOf(record), record.rawJson(), record.problem()));
                continue;
            }
            try {
                orders.add(OrderMapping.map(record.value(), record.contentHash()));
            } catch (OrderMapping.Unmappable e) {
                rejected.add(new Quarantine.Rejected(String.valueOf(record.value().id()), record.rawJson(), e.getMessage()));
            }
        }
        return new MappedPage(orders, rejected);
    }

    /** Quarantined records read again: those that now bind and map go through, the others stay. */
    static MappedPage ofQuarantined(List<QuarantinedRecord> records, Function<String, WireRecord<ReChargeOrder>> reader) {
        return of(records.stream().map(r -> reader.apply(r.rawJson)).toList());
    }

    /** The quarantine keys of the orders that mapped: any earlier bad version of them is obsolete. */
    List<String> keys() {
        return orders.stream().map(o -> String.valueOf(o.rechargeOrderId())).toList();
    }

    Instant newestUpdate() {
        return orders.stream().map(IncomingOrder::updatedAt).max(Instant::compareTo).orElse(null);
    }

    /** ReCharge puts {@code id} first (API standards); when even that is unreadable, the JSON's hash is the key. */
    static String keyOf(WireRecord<ReChargeOrder> record) {
        Matcher id = ID.matcher(record.rawJson());
        return id.find() ? id.group(1) : "sha256:" + record.contentHash().substring(0, 32);
    }
}
