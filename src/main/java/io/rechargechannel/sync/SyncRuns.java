package io.rechargechannel.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/** Writes the run history, each change in its own short transaction so a failed page never loses it. */
@ApplicationScoped
public class SyncRuns {

    @Inject
    Clock clock;

    /**
     * Closes runs of the channel left RUNNING as FAILED with {@code error}: by a worker that died (process killed,
     * database lost mid-run) or that crashed. Only called by the lease holder, so no run of this channel can really
     * be in progress.
     */
    public int closeRunning(long channelId, String error) {
        return QuarkusTransaction.joiningExisting().call(() -> SyncRun.update(
                "outcome = ?1, errorMessage = ?2, finishedAt = ?3 where channelId = ?4 and outcome = ?5",
                SyncRun.Outcome.FAILED, error, clock.instant(), channelId, SyncRun.Outcome.RUNNING));
    }

    public long start(long channelId, SyncStream stream, SyncTrigger trigger) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SyncRun run = new SyncRun();
            run.channelId = channelId;
            run.stream = stream;
            run.trigger = trigger;
            run.startedAt = clock.instant();
            run.outcome = SyncRun.Outcome.RUNNING;
            run.persist();
            return run.id;
        });
    }

    /** Within the caller's transaction, so the figures commit with the page they count. */
    void progress(long runId, RunFigures figures) {
        SyncRun run = SyncRun.findById(runId);
        figures.copyTo(run);
    }

    /** Joins the caller's transaction when there is one, so a run's end commits with the state it leaves. */
    public void finish(long runId, RunFigures figures, SyncRun.Outcome outcome, String error) {
        QuarkusTransaction.joiningExisting().run(() -> {
            SyncRun run = SyncRun.findById(runId);
            figures.copyTo(run);
            run.outcome = outcome;
            run.errorMessage = error;
            run.finishedAt = clock.instant();
        });
    }
}
