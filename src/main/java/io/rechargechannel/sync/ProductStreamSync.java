package io.rechargechannel.sync;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.catalog.IncomingProduct;
import io.rechargechannel.catalog.ProductImporter;
import io.rechargechannel.recharge.ProductPage;
import io.rechargechannel.recharge.ProductsUnavailableException;
import io.rechargechannel.recharge.ReChargeClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Reads a channel's ReCharge catalog. Stores whose catalog lives on Shopify or BigCommerce answer
 * 422 on 2021-11 {@code /products}: that is remembered, SKUs then come from order lines, and the
 * catalog is asked again only after {@link SyncConfig#catalogProbeInterval()}.
 */
@ApplicationScoped
class ProductStreamSync {

    @Inject
    ReChargeClient client;

    @Inject
    ProductImporter importer;

    @Inject
    SyncLeases leases;

    @Inject
    SyncRuns runs;

    @Inject
    SyncConfig config;

    @Inject
    Clock clock;

    boolean due(SyncChannel channel) {
        Instant now = clock.instant();
        SyncState state = QuarkusTransaction.joiningExisting().call(() -> SyncState.of(channel.id(), SyncStream.PRODUCTS));
        boolean intervalPassed = state.lastSuccessAt == null || state.cursor != null
                || !now.isBefore(state.lastSuccessAt.plus(config.productsInterval()));
        return intervalPassed && state.catalogProbeDue(now);
    }

    SyncRun.Outcome run(SyncChannel channel, String owner, long runId, RunFigures figures) {
        String cursor = QuarkusTransaction.requiringNew().call(() -> SyncState.of(channel.id(), SyncStream.PRODUCTS).cursor);
        try {
            do {
                ProductPage page = client.productsPage(channel.credentials(), cursor, config.pageSize());
                figures.calls(page.stats());
                write(channel, owner, runId, figures, page);
                cursor = page.nextCursor();
            } while (cursor != null);
            setMode(channel, SyncState.CatalogMode.CUSTOM);
        } catch (ProductsUnavailableException e) {
            Log.infof("Channel %d keeps its catalog on the ecommerce platform (%s): SKUs come from order lines",
                    channel.id(), e.getMessage());
            setMode(channel, SyncState.CatalogMode.PLATFORM);
        }
        return SyncRun.Outcome.SUCCEEDED;
    }

    private void write(SyncChannel channel, String owner, long runId, RunFigures figures, ProductPage page) {
        List<IncomingProduct> products = ProductMapping.map(page.products());
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            leases.renewOrFail(channel.id(), owner);
            importer.importPage(channel.id(), channel.warehouseId(), channel.autoSyncStock(), products, now);
            SyncState.of(channel.id(), SyncStream.PRODUCTS).checkpoint(page.nextCursor(), null);
            figures.pages++;
            figures.recordsSeen += page.products().size();
            figures.updated += products.size();
            figures.quarantined += page.products().size() - products.size();
            runs.progress(runId, figures);
        });
    }

    private void setMode(SyncChannel channel, SyncState.CatalogMode mode) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            SyncState state = SyncState.of(channel.id(), SyncStream.PRODUCTS);
            state.catalogMode = mode;
            state.cursor = null;
            state.nextCatalogProbeAt = mode == SyncState.CatalogMode.PLATFORM ? now.plus(config.catalogProbeInterval()) : null;
        });
    }
}
