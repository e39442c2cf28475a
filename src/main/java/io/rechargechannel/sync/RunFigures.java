package io.rechargechannel.sync;

import io.rechargechannel.orders.ImportResult;
import io.rechargechannel.recharge.CallStats;

/** The counters of a run in progress, copied onto its {@link SyncRun} row. */
final class RunFigures {

    int pages;
    int recordsSeen;
    int created;
    int updated;
    int unchanged;
    int quarantined;
    int requests;
    int throttled;
    int retries;

    void calls(CallStats stats) {
        requests += stats.attempts();
        throttled += stats.throttled();
        retries += Math.max(0, stats.attempts() - 1 - stats.throttled());
    }

    void page(ImportResult result, int bad) {
        pages++;
        recordsSeen += result.seen() + bad;
        created += result.created();
        updated += result.updated();
        unchanged += result.unchanged();
        quarantined += bad;
    }

    /** Quarantined records that now map: counted as records, not as a page ReCharge sent. */
    void retried(ImportResult result) {
        recordsSeen += result.seen();
        created += result.created();
        updated += result.updated();
        unchanged += result.unchanged();
    }

    void copyTo(SyncRun run) {
        run.pages = pages;
        run.recordsSeen = recordsSeen;
        run.created = created;
        run.updated = updated;
        run.unchanged = unchanged;
        run.quarantined = quarantined;
        run.requests = requests;
        run.throttled = throttled;
        run.retries = retries;
    }
}
