package io.rechargechannel.reliability;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.sandbox.SandboxStore;
import io.rechargechannel.sync.SyncRun;
import io.rechargechannel.sync.SyncStream;

import java.util.List;

/** The run history of a channel's order stream, and a log line of its figures for docs/reliability.md. */
final class Runs {

    private Runs() {
    }

    static List<SyncRun> orders(long channelId) {
        return QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>list(
                "channelId = ?1 and stream = ?2 order by id", channelId, SyncStream.ORDERS));
    }

    static SyncRun lastOrders(long channelId) {
        List<SyncRun> runs = orders(channelId);
        return runs.get(runs.size() - 1);
    }

    static long all(long channelId) {
        return QuarkusTransaction.requiringNew().call(() -> SyncRun.count("channelId", channelId));
    }

    /** One line per run, grep-able as "RELIABILITY", with what the store saw in total. */
    static void report(String fault, long channelId, SandboxStore store) {
        for (SyncRun r : orders(channelId)) {
            Log.infof("RELIABILITY %s | run %d %s | pages %d | requests %d | retries %d | throttled %d | created %d"
                            + " | updated %d | unchanged %d | quarantined %d | error %s",
                    fault, r.id, r.outcome, r.pages, r.requests, r.retries, r.throttled, r.created, r.updated,
                    r.unchanged, r.quarantined, r.errorMessage);
        }
        SandboxStore.Counters c = store.counters();
        Log.infof("RELIABILITY %s | store saw %d requests, %d throttled by its bucket, %d faults injected",
                fault, c.requests(), c.throttled(), c.faults());
    }
}
