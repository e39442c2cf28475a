package io.rechargechannel.sync;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.Order;
import io.rechargechannel.sandbox.OrderUpdate;
import io.rechargechannel.sandbox.SandboxOrder;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.testing.SandboxChannels;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Stock follows the orders: released orders allocate, cancellations release, Auto Sync Stock off touches nothing. */
@QuarkusTest
class StockSyncTest {

    private static final String ALLOCATED_FOR_CHANNEL = """
            SELECT coalesce(sum(l.allocated_quantity), 0) FROM order_line l JOIN orders o ON o.id = l.order_id
            WHERE o.channel_id = ?1""";
    private static final String LINES_OF_ALLOCATED_ORDERS = """
            SELECT coalesce(sum(l.quantity), 0) FROM order_line l JOIN orders o ON o.id = l.order_id
            WHERE o.channel_id = ?1 AND o.fulfilment_status = 'ALLOCATED'""";

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Test
    void releasedOrdersAllocateTheirLinesOnceAndACancellationBeforeDespatchReleasesThem() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Stock", 400, 15).withSeed(7), true);
        long channel = linked.channelId();
        sync.run(channel, SyncTrigger.MANUAL);
        long allocated = fixture.count(ALLOCATED_FOR_CHANNEL, channel);
        assertThat(allocated).isPositive().isEqualTo(fixture.count(LINES_OF_ALLOCATED_ORDERS, channel));

        SandboxOrder success = linked.store().orders().stream().filter(o -> o.status().equals("success")).findFirst().orElseThrow();
        int itsUnits = success.lines().stream().mapToInt(SandboxOrder.Line::quantity).sum();
        String sku = success.lines().get(0).sku();
        long skuAllocatedBefore = stockAllocated(sku, channel);

        // Re-reading unchanged orders allocates nothing more.
        fixture.execute("UPDATE sync_state SET watermark = watermark - interval '3650 days' WHERE channel_id = ?1", channel);
        sync.run(channel, SyncTrigger.MANUAL);
        assertThat(fixture.count(ALLOCATED_FOR_CHANNEL, channel)).isEqualTo(allocated);

        linked.store().updateOrder(success.id(), new OrderUpdate("cancelled", null, null));
        sync.run(channel, SyncTrigger.MANUAL);

        Order cancelled = OrderSyncTest.order(channel, success.id());
        assertThat(cancelled.fulfilmentStatus).isEqualTo(FulfilmentStatus.CANCELLED);
        assertThat(fixture.count(ALLOCATED_FOR_CHANNEL, channel)).isEqualTo(allocated - itsUnits);
        assertThat(fixture.count(ALLOCATED_FOR_CHANNEL, channel)).isEqualTo(fixture.count(LINES_OF_ALLOCATED_ORDERS, channel));
        int unitsOfSku = success.lines().stream().filter(l -> l.sku().equals(sku)).mapToInt(SandboxOrder.Line::quantity).sum();
        assertThat(stockAllocated(sku, channel)).isEqualTo(skuAllocatedBefore - unitsOfSku);
    }

    @Test
    void autoSyncStockOffLeavesStockUntouched() {
        long stockRowsBefore = fixture.count("SELECT count(*) FROM stock_level");
        long allocatedBefore = fixture.count("SELECT coalesce(sum(allocated), 0) FROM stock_level");
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("No stock", 300, 10).withSeed(99), false);

        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        assertThat(fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", linked.channelId())).isEqualTo(300);
        assertThat(fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1 AND fulfilment_status = 'NEW'",
                linked.channelId())).isPositive();
        assertThat(fixture.count(ALLOCATED_FOR_CHANNEL, linked.channelId())).isZero();
        assertThat(fixture.count("SELECT count(*) FROM stock_level")).isEqualTo(stockRowsBefore);
        assertThat(fixture.count("SELECT coalesce(sum(allocated), 0) FROM stock_level")).isEqualTo(allocatedBefore);
    }

    private long stockAllocated(String sku, long channel) {
        return fixture.count("""
                SELECT s.allocated FROM stock_level s JOIN sales_channel c ON c.warehouse_id = s.warehouse_id
                WHERE c.id = ?1 AND s.sku = ?2""", channel, sku);
    }
}
