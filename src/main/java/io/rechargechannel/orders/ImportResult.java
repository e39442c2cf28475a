package io.rechargechannel.orders;

import java.util.List;

/** What one page of orders did to the tables. */
public record ImportResult(int created, int updated, int unchanged, List<Long> changedOrderIds) {

    public static ImportResult empty() {
        return new ImportResult(0, 0, 0, List.of());
    }

    public int seen() {
        return created + updated + unchanged;
    }
}
