package io.rechargechannel.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the sync is doing, for pages: which channels a worker holds right now (on any instance), recent runs. */
@ApplicationScoped
public class SyncActivity {

    @Inject
    EntityManager em;

    /** Channels whose lease is held and unexpired: a run is in progress somewhere. */
    @SuppressWarnings("unchecked")
    public Set<Long> syncingNow() {
        return QuarkusTransaction.joiningExisting().call(() -> new HashSet<>(((List<Number>) em
                .createNativeQuery("SELECT channel_id FROM sync_lease WHERE expires_at > now()").getResultList())
                .stream().map(Number::longValue).toList()));
    }

    /** The channel's latest runs, newest first. */
    public List<SyncRun> recentRuns(long channelId, int limit) {
        return QuarkusTransaction.joiningExisting().call(() -> SyncRun.<SyncRun>find("channelId",
                Sort.descending("startedAt", "id"), channelId).page(Page.ofSize(limit)).list());
    }

    /** The latest runs of every channel, newest first: the status page's list. */
    public List<SyncRun> recentRuns(int limit) {
        return QuarkusTransaction.joiningExisting().call(() -> SyncRun.<SyncRun>findAll(
                Sort.descending("startedAt", "id")).page(Page.ofSize(limit)).list());
    }
}
