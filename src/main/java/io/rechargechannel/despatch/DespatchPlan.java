package io.rechargechannel.despatch;

import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.despatch.DespatchReport.Despatched;
import io.rechargechannel.despatch.DespatchReport.Rejected;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a despatch request will do, decided before anything is written: new despatches, repeats, rejections. */
final class DespatchPlan {

    /**
     * A row that despatches its order; {@code repeat} when an earlier row of the same request already does, the
     * same way.
     */
    record Accepted(int row, String number, DespatchTable.NewDespatch despatch, boolean repeat) {
    }

    private final Map<Long, Accepted> byOrder = new LinkedHashMap<>();
    private final List<Accepted> rows = new ArrayList<>();
    private final List<Despatched> repeats = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();
    private final Map<Long, SalesChannel> channels;

    DespatchPlan(Map<Long, SalesChannel> channels) {
        this.channels = channels;
    }

    void accept(Accepted accepted) {
        if (!accepted.repeat()) {
            byOrder.put(accepted.despatch().orderId(), accepted);
        }
        rows.add(accepted);
    }

    void repeat(Despatched earlier) {
        repeats.add(earlier);
    }

    void reject(Rejected row) {
        rejected.add(row);
    }

    Accepted acceptedOrder(long orderId) {
        return byOrder.get(orderId);
    }

    /** The despatches to write: one per order. */
    List<DespatchTable.NewDespatch> accepted() {
        return byOrder.values().stream().map(Accepted::despatch).toList();
    }

    List<Accepted> acceptedRows() {
        return rows;
    }

    List<Despatched> repeats() {
        return repeats;
    }

    List<Rejected> rejected() {
        return rejected;
    }

    SalesChannel channel(long channelId) {
        return channels.get(channelId);
    }
}
