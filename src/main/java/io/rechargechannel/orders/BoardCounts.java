package io.rechargechannel.orders;

import java.util.EnumMap;
import java.util.Map;

/** How many orders each tab holds under the board's filters, and how many of them need attention. */
public record BoardCounts(Map<FulfilmentStatus, Long> perStatus, Map<FulfilmentStatus, Long> attentionPerStatus) {

    public static BoardCounts empty() {
        return new BoardCounts(new EnumMap<>(FulfilmentStatus.class), new EnumMap<>(FulfilmentStatus.class));
    }

    public long of(FulfilmentStatus status) {
        return perStatus.getOrDefault(status, 0L);
    }

    public long attention() {
        return attentionPerStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long all() {
        return perStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many orders a query lists, from the counts it was given with. */
    long total(BoardQuery query) {
        if (query.status() == null) {
            return query.attention() ? attention() : all();
        }
        return (query.attention() ? attentionPerStatus : perStatus).getOrDefault(query.status(), 0L);
    }
}
