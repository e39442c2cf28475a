package io.rechargechannel.sync;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.recharge.CircuitOpenException;
import io.rechargechannel.recharge.CircuitState;
import io.rechargechannel.recharge.MissingScopeException;
import io.rechargechannel.recharge.ReChargeClient;
import io.rechargechannel.recharge.ReChargeException;
import io.rechargechannel.recharge.TokenRejectedException;
import io.rechargechannel.recharge.UnsupportedApiVersionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * One sync of one channel: claim it, read its catalog when due, page its orders, record the run and
 * the channel's status. Never throws: a failing channel is recorded and left for the next tick.
 */
@ApplicationScoped
public class ChannelSync {

    /** This instance, in lease rows: lets ops see which instance holds a channel. */
    static final String INSTANCE = "instance-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    SyncLeases leases;

    @Inject
    SyncChannels channels;

    @Inject
    OrderStreamSync orders;

    @Inject
    ProductStreamSync products;

    @Inject
    SyncRuns runs;

    @Inject
    SyncMetrics metrics;

    @Inject
    ReChargeClient client;

    @Inject
    Clock clock;

    /** What became of a request to sync a channel. */
    public enum Result {
        RAN, BUSY, NOT_FOUND,
        /** ReCharge kept failing for the channel's token: no run until its circuit's cool-down is over. */
        CIRCUIT_OPEN,
        /** Something unexpected stopped the run (a token this instance cannot decrypt, a bug): on the channel. */
        FAILED
    }

    public Result run(long channelId, SyncTrigger trigger) {
        return run(channelId, trigger, Integer.MAX_VALUE);
    }

    /** Syncs at most {@code maxPages} pages of orders; the rest is left at the checkpoint for the next run. */
    public Result run(long channelId, SyncTrigger trigger, int maxPages) {
        String owner = INSTANCE + "/" + Thread.currentThread().getName();
        if (!leases.acquire(channelId, owner)) {
            Log.debugf("Channel %d is being synced by another worker", channelId);
            return Result.BUSY;
        }
        try {
            return runHolding(channelId, trigger, maxPages, owner);
        } catch (RuntimeException crash) {
            recordCrash(channelId, crash);
            return Result.FAILED;
        } finally {
            leases.release(channelId, owner);
        }
    }

    private Result runHolding(long channelId, SyncTrigger trigger, int maxPages, String owner) {
        // One short transaction for the bookkeeping before any request: an idle poll stays cheap.
        Start start = QuarkusTransaction.requiringNew().call(() -> start(channelId));
        Optional<SyncChannel> channel = start.channel();
        if (channel.isEmpty()) {
            return Result.NOT_FOUND;
        }
        if (client.circuitState(channel.get().credentials()) == CircuitState.OPEN) {
            skipWhileCircuitOpen(channel.get());
            return Result.CIRCUIT_OPEN;
        }
        if (start.productsDue()) {
            RuntimeException failure = stream(channel.get(), SyncStream.PRODUCTS, trigger,
                    (runId, figures) -> products.run(channel.get(), owner, runId, figures));
            boolean circuitOpened = client.circuitState(channel.get().credentials()) == CircuitState.OPEN;
            if (failure != null && (concernsTheWholeChannel(failure) || circuitOpened)) {
                return Result.RAN;
            }
        }
        stream(channel.get(), SyncStream.ORDERS, trigger,
                (runId, figures) -> orders.run(channel.get(), owner, runId, figures, maxPages));
        return Result.RAN;
    }

    /**
     * What no stream caught, on the channel as for any other failure (status FAILING, the message, the orders
     * stream's last error and run time, so the channel waits its interval), and in the log with the stack trace.
     * Runs it left RUNNING are closed. If the database is what failed, this fails too, and the log is all there is.
     */
    private void recordCrash(long channelId, RuntimeException crash) {
        String error = "The sync stopped on an unexpected error (details in the log): " + describe(crash);
        Log.errorf(crash, "Channel %d: sync run crashed", channelId);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                runs.closeRunning(channelId, error);
                SyncState.of(channelId, SyncStream.ORDERS).failed(clock.instant(), error);
                channels.failing(channelId, error);
            });
        } catch (RuntimeException notRecorded) {
            Log.warnf("Channel %d: the crash could not be recorded on the channel either: %s", channelId,
                    describe(notRecorded));
        }
    }

    private record Start(Optional<SyncChannel> channel, boolean productsDue) {
    }

    private Start start(long channelId) {
        int abandoned = runs.closeRunning(channelId, "Abandoned: the worker running it stopped before recording its end");
        if (abandoned > 0) {
            Log.warnf("Channel %d: %d earlier run(s) never recorded their end; marked FAILED", channelId, abandoned);
        }
        Optional<SyncChannel> channel = channels.load(channelId);
        return new Start(channel, channel.isPresent() && products.due(channel.get()));
    }

    /** Recorded on the channel, not as a failed run: nothing was tried. */
    private void skipWhileCircuitOpen(SyncChannel channel) {
        Duration pause = client.circuitPause(channel.credentials());
        Log.debugf("Channel %d skipped: its ReCharge circuit is open for another %d s", channel.id(), pause.toSeconds());
        channels.circuitOpen(channel.id(), circuitMessage(pause));
    }

    private static String circuitMessage(Duration pause) {
        return "ReCharge kept failing for this channel's token: syncing is paused for another "
                + Math.max(1, pause.toSeconds()) + " s, then tried again";
    }

    private interface StreamRun {
        SyncRun.Outcome run(long runId, RunFigures figures);
    }

    /** Runs one stream and records it; returns what made it fail, or null. */
    private RuntimeException stream(SyncChannel channel, SyncStream stream, SyncTrigger trigger, StreamRun body) {
        long runId = runs.start(channel.id(), stream, trigger);
        RunFigures figures = new RunFigures();
        long started = System.nanoTime();
        SyncRun.Outcome outcome = SyncRun.Outcome.FAILED;
        String error = null;
        try {
            outcome = body.run(runId, figures);
            succeeded(channel, stream, runId, figures, outcome);
            return null;
        } catch (RuntimeException e) {
            if (e instanceof ReChargeException refused) {
                refused.stats().ifPresent(figures::calls);
            }
            error = describe(e);
            failed(channel, stream, e, error);
            return e;
        } finally {
            if (error != null) {
                runs.finish(runId, figures, outcome, error);
            }
            metrics.run(channel, stream, outcome, System.nanoTime() - started);
        }
    }

    /** The stream's state, the channel's status and the run's end, in one transaction. */
    private void succeeded(SyncChannel channel, SyncStream stream, long runId, RunFigures figures,
                           SyncRun.Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> {
            SyncState.of(channel.id(), stream).succeeded(clock.instant());
            if (stream == SyncStream.ORDERS) {
                channels.synced(channel.id());
            }
            runs.finish(runId, figures, outcome, null);
        });
    }

    private void failed(SyncChannel channel, SyncStream stream, RuntimeException e, String error) {
        Log.warnf("Channel %d: %s sync failed: %s", channel.id(), stream, error);
        QuarkusTransaction.requiringNew().run(() -> SyncState.of(channel.id(), stream).failed(clock.instant(), error));
        if (e instanceof TokenRejectedException) {
            channels.tokenRejected(channel.id(), error);
        } else if (e instanceof MissingScopeException missing) {
            channels.missingPermission(channel.id(), missing.scope().orElse(null), error);
        } else if (e instanceof UnsupportedApiVersionException) {
            channels.configError(channel.id(), error);
        } else if (e instanceof CircuitOpenException) {
            channels.circuitOpen(channel.id(), error);
        } else if (client.circuitState(channel.credentials()) == CircuitState.OPEN) {
            channels.circuitOpen(channel.id(), circuitMessage(client.circuitPause(channel.credentials())) + ". Last error: " + error);
        } else {
            channels.failing(channel.id(), error);
        }
    }

    /** Failures that no other stream of the channel would escape: stop the run. */
    private static boolean concernsTheWholeChannel(RuntimeException e) {
        return e instanceof TokenRejectedException || e instanceof MissingScopeException
                || e instanceof UnsupportedApiVersionException || e instanceof CircuitOpenException;
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
