package io.rechargechannel.web;

import io.rechargechannel.orders.BoardCounts;
import io.rechargechannel.orders.FulfilmentStatus;

import java.util.LinkedHashMap;
import java.util.Map;

/** The board's tab counts: orders per fulfilment status, those needing attention, and all of them. */
public record BoardCountsView(Map<FulfilmentStatus, Long> byStatus, long attention, long all) {

    static BoardCountsView of(BoardCounts counts) {
        Map<FulfilmentStatus, Long> byStatus = new LinkedHashMap<>();
        for (FulfilmentStatus status : FulfilmentStatus.values()) {
            byStatus.put(status, counts.of(status));
        }
        return new BoardCountsView(byStatus, counts.attention(), counts.all());
    }
}
