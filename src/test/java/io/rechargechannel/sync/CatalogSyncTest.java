package io.rechargechannel.sync;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.SandboxOrder;
import io.rechargechannel.sandbox.SandboxProduct;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.testing.SandboxChannels;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Products and SKUs: from ReCharge's catalog where there is one, from order lines on platform-catalog stores. */
@QuarkusTest
class CatalogSyncTest {

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Test
    void aCustomCatalogStoreGetsItsProductsVariantsAndStockRows() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Catalog", 50, 30).withSeed(11), true);
        long channel = linked.channelId();

        sync.run(channel, SyncTrigger.MANUAL);

        long variants = linked.store().products().stream().mapToLong(p -> p.variants().size()).sum();
        assertThat(fixture.count("SELECT count(*) FROM product WHERE channel_id = ?1 AND source = 'CATALOG'", channel))
                .isEqualTo(30);
        assertThat(fixture.count("SELECT count(*) FROM product_variant WHERE channel_id = ?1", channel)).isEqualTo(variants);
        SandboxProduct.Variant one = linked.store().products().get(3).variants().get(0);
        assertThat(fixture.count("SELECT count(*) FROM product_variant WHERE channel_id = ?1 AND sku = ?2 "
                + "AND external_variant_id = ?3", channel, one.sku(), one.externalVariantId())).isEqualTo(1);
        assertThat(fixture.count("""
                SELECT count(*) FROM stock_level s JOIN sales_channel c ON c.warehouse_id = s.warehouse_id
                WHERE c.id = ?1 AND s.sku = ?2""", channel, one.sku())).isEqualTo(1);
        assertThat(mode(channel)).isEqualTo("CUSTOM");
    }

    @Test
    void aPlatformCatalogStoreGetsItsSkusFromOrderLines() {
        SandboxChannels.Linked linked = fixture.create(
                StoreSpec.of("Platform", 500, 25).withSeed(12).withCatalog(StoreSpec.Catalog.PLATFORM), true);
        long channel = linked.channelId();

        sync.run(channel, SyncTrigger.MANUAL);

        assertThat(mode(channel)).isEqualTo("PLATFORM");
        Set<String> orderedSkus = linked.store().orders().stream().flatMap(o -> o.lines().stream())
                .map(SandboxOrder.Line::sku).collect(Collectors.toSet());
        assertThat(fixture.count("SELECT count(DISTINCT sku) FROM product_variant WHERE channel_id = ?1", channel))
                .isEqualTo(orderedSkus.size());
        assertThat(fixture.count("SELECT count(*) FROM product WHERE channel_id = ?1 AND source <> 'ORDER_LINES'", channel))
                .isZero();
        assertThat(fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", channel)).isEqualTo(500);

        // The catalog is not asked again before the probe interval (one day) has passed.
        long productRuns = fixture.count("SELECT count(*) FROM sync_run WHERE channel_id = ?1 AND stream = 'PRODUCTS'", channel);
        fixture.execute("UPDATE sync_state SET last_success_at = last_success_at - interval '1 hour' "
                + "WHERE channel_id = ?1 AND stream = 'PRODUCTS'", channel);
        sync.run(channel, SyncTrigger.MANUAL);
        assertThat(fixture.count("SELECT count(*) FROM sync_run WHERE channel_id = ?1 AND stream = 'PRODUCTS'", channel))
                .isEqualTo(productRuns);
    }

    private String mode(long channel) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                SyncState.<SyncState>findById(new SyncState.Key(channel, SyncStream.PRODUCTS)).catalogMode.name());
    }
}
