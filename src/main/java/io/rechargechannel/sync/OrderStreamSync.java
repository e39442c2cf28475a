package io.rechargechannel.sync;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.catalog.ProductImporter;
import io.rechargechannel.orders.ImportResult;
import io.rechargechannel.orders.IncomingOrder;
import io.rechargechannel.orders.OrderImporter;
import io.rechargechannel.recharge.InvalidCursorException;
import io.rechargechannel.recharge.OrderPage;
import io.rechargechannel.recharge.ReChargeClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Pages through a channel's orders updated since its watermark and writes each page, with the
 * checkpoint, in one transaction. A run that stops for any reason resumes at the next page.
 */
@ApplicationScoped
class OrderStreamSync {

    @Inject
    ReChargeClient client;

    @Inject
    OrderImporter importer;

    @Inject
    ProductImporter products;

    @Inject
    Quarantine quarantine;

    @Inject
    SyncLeases leases;

    @Inject
    SyncRuns runs;

    @Inject
    SyncChannels channels;

    @Inject
    SyncMetrics metrics;

    @Inject
    SyncConfig config;

    @Inject
    SyncStopSignal stopSignal;

    @Inject
    PageAhead pageAhead;

    @Inject
    Clock clock;

    /**
     * Runs until the last page, {@code maxPages} pages, the channel is switched off or the service
     * stops ({@link SyncStopSignal}); returns the outcome.
     */
    SyncRun.Outcome run(SyncChannel channel, String owner, long runId, RunFigures figures, int maxPages) {
        Start start = QuarkusTransaction.requiringNew().call(() -> new Start(
                QuarantinedRecord.of(channel.id(), SyncStream.ORDERS), SyncState.of(channel.id(), SyncStream.ORDERS),
                platformCatalog(channel)));
        retryQuarantined(channel, owner, runId, figures, start);
        ReadPage page = ReadPage.of(firstPage(channel, start.state()));
        boolean restartedOnce = false;
        while (true) {
            figures.calls(page.fetched().stats());
            String cursor = page.fetched().nextCursor();
            CompletableFuture<ReadPage> ahead = cursor == null ? null : pageAhead.fetch(
                    () -> ReadPage.of(client.nextOrdersPage(channel.credentials(), cursor, config.pageSize())));
            try {
                boolean stillActive = write(channel, owner, runId, figures, page, start);
                SyncRun.Outcome stop = stopReason(channel, stillActive, figures, maxPages, cursor);
                if (stop != null) {
                    return stop;
                }
                page = PageAhead.await(ahead);
                ahead = null;
            } catch (InvalidCursorException e) {
                if (restartedOnce) {
                    throw e;
                }
                restartedOnce = true;
                page = ReadPage.of(restartFromWatermark(channel, e));
            } finally {
                PageAhead.settle(ahead);
            }
        }
    }

    /** Why the run ends after the page just written, or null to go on. */
    private SyncRun.Outcome stopReason(SyncChannel channel, boolean stillActive, RunFigures figures, int maxPages,
                                       String nextCursor) {
        if (nextCursor == null) {
            return SyncRun.Outcome.SUCCEEDED;
        }
        if (!stillActive) {
            Log.infof("Channel %d was switched off: run stops after page %d", channel.id(), figures.pages);
            return SyncRun.Outcome.STOPPED;
        }
        if (figures.pages >= maxPages) {
            return SyncRun.Outcome.STOPPED;
        }
        if (stopSignal.stopping() || Thread.currentThread().isInterrupted()) {
            Log.infof("Channel %d: the service is stopping: run stops after page %d", channel.id(), figures.pages);
            return SyncRun.Outcome.STOPPED;
        }
        return null;
    }

    /**
     * What a run starts from: records waiting in quarantine, the stream's checkpoint, and whether the
     * store keeps its catalog on the platform (settled by the products stream, which runs first).
     */
    private record Start(List<QuarantinedRecord> quarantined, SyncState state, boolean platformCatalog) {
    }

    private OrderPage firstPage(SyncChannel channel, SyncState state) {
        if (state.cursor == null) {
            return client.firstOrdersPage(channel.credentials(), since(state), config.pageSize());
        }
        Log.infof("Channel %d resumes its orders from the saved checkpoint", channel.id());
        try {
            return client.nextOrdersPage(channel.credentials(), state.cursor, config.pageSize());
        } catch (InvalidCursorException e) {
            return restartFromWatermark(channel, e);
        }
    }

    private OrderPage restartFromWatermark(SyncChannel channel, InvalidCursorException cause) {
        Log.warnf("Channel %d: ReCharge refused the saved cursor (%s); restarting from the watermark",
                channel.id(), cause.getMessage());
        SyncState state = QuarkusTransaction.requiringNew().call(() -> {
            SyncState s = SyncState.of(channel.id(), SyncStream.ORDERS);
            s.cursor = null;
            return s;
        });
        return client.firstOrdersPage(channel.credentials(), since(state), config.pageSize());
    }

    private Instant since(SyncState state) {
        return state.startFrom(clock.instant(), config.overlap(), config.initialLookback());
    }

    /**
     * A page as fetched and as the warehouse takes it. Mapped on the thread that fetched it, so that the
     * JSON work of page n+1 runs while page n is written.
     */
    private record ReadPage(OrderPage fetched, MappedPage mapped) {

        static ReadPage of(OrderPage fetched) {
            return new ReadPage(fetched, MappedPage.of(fetched.orders()));
        }
    }

    /** Writes the page with its checkpoint; returns whether the channel is still switched on. */
    private boolean write(SyncChannel channel, String owner, long runId, RunFigures figures, ReadPage page,
                          Start start) {
        MappedPage mapped = page.mapped();
        // Only a channel with records set aside can have any to forget: most runs skip the delete per page.
        boolean quarantineInUse = !start.quarantined().isEmpty() || figures.quarantined > 0;
        Instant now = clock.instant();
        PageWritten written = QuarkusTransaction.requiringNew().call(() -> {
            leases.renewOrFail(channel.id(), owner);
            ImportResult imported = importAndDerive(channel, mapped.orders(), start.platformCatalog(), now);
            quarantine.keep(channel.id(), SyncStream.ORDERS, mapped.rejected(), now);
            if (quarantineInUse) {
                quarantine.forget(channel.id(), SyncStream.ORDERS, mapped.keys());
            }
            SyncState.of(channel.id(), SyncStream.ORDERS).checkpoint(page.fetched().nextCursor(), mapped.newestUpdate());
            figures.page(imported, mapped.rejected().size());
            runs.progress(runId, figures);
            return new PageWritten(imported, channels.isActive(channel.id()));
        });
        metrics.imported(channel, written.imported(), mapped.rejected().size());
        return written.stillActive();
    }

    private record PageWritten(ImportResult imported, boolean stillActive) {
    }

    private ImportResult importAndDerive(SyncChannel channel, List<IncomingOrder> orders, boolean platformCatalog,
                                         Instant now) {
        ImportResult imported = importer.importPage(channel.importTarget(), orders, now);
        if (platformCatalog) {
            products.deriveFromOrderLines(channel.id(), imported.changedOrderIds(), now);
        }
        return imported;
    }

    private void retryQuarantined(SyncChannel channel, String owner, long runId, RunFigures figures, Start start) {
        MappedPage retried = MappedPage.ofQuarantined(start.quarantined(), client::readOrder);
        if (retried.orders().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            leases.renewOrFail(channel.id(), owner);
            ImportResult imported = importAndDerive(channel, retried.orders(), start.platformCatalog(), now);
            quarantine.forget(channel.id(), SyncStream.ORDERS, retried.keys());
            figures.retried(imported);
            runs.progress(runId, figures);
        });
        Log.infof("Channel %d: %d quarantined orders now map and were imported", channel.id(), retried.orders().size());
    }

    private static boolean platformCatalog(SyncChannel channel) {
        SyncState products = SyncState.findById(new SyncState.Key(channel.id(), SyncStream.PRODUCTS));
        return products != null && products.catalogMode == SyncState.CatalogMode.PLATFORM;
    }
}
