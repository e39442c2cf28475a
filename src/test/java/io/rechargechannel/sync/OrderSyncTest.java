package io.rechargechannel.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.Order;
import io.rechargechannel.sandbox.OrderUpdate;
import io.rechargechannel.sandbox.SandboxOrder;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.testing.SandboxChannels;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The order sync against the sandbox store over HTTP and a real PostgreSQL. */
@QuarkusTest
class OrderSyncTest {

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Test
    void aBackfillLandsEveryOrderAndLineExactlyOnceWithItsFields() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Backfill", 5000, 60), true);

        assertThat(sync.run(linked.channelId(), SyncTrigger.MANUAL)).isEqualTo(ChannelSync.Result.RAN);

        List<SandboxOrder> truth = linked.store().orders();
        long channel = linked.channelId();
        assertThat(fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", channel)).isEqualTo(5000);
        assertThat(fixture.count("SELECT count(DISTINCT recharge_order_id) FROM orders WHERE channel_id = ?1", channel))
                .isEqualTo(5000);
        long lines = truth.stream().mapToLong(o -> o.lines().size()).sum();
        assertThat(fixture.count("SELECT count(*) FROM order_line l JOIN orders o ON o.id = l.order_id "
                + "WHERE o.channel_id = ?1", channel)).isEqualTo(lines);
        SyncRun run = lastRun(channel, SyncStream.ORDERS);
        assertThat(run.outcome).isEqualTo(SyncRun.Outcome.SUCCEEDED);
        assertThat(run.pages).isEqualTo(20);
        assertThat(run.created).isEqualTo(5000);
        assertSameAsTruth(channel, truth);
    }

    @Test
    void aSecondRunPicksUpNewAndUpdatedOrdersIncludingALateUpdateInsideTheOverlap() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Incremental", 600, 20), true);
        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        List<Long> added = linked.store().addOrders(7);
        SandboxOrder someOrder = linked.store().orders().get(100);
        linked.store().updateOrder(someOrder.id(), new OrderUpdate(null, Map.of("city", "Leeds"), "leave at door"));
        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        SyncRun second = lastRun(linked.channelId(), SyncStream.ORDERS);
        assertThat(second.created).isEqualTo(7);
        assertThat(second.updated).isEqualTo(1);
        assertThat(fixture.count("SELECT count(*) FROM orders WHERE channel_id = ?1", linked.channelId())).isEqualTo(607);
        Order updated = order(linked.channelId(), someOrder.id());
        assertThat(updated.shipCity).isEqualTo("Leeds");
        assertThat(updated.note).isEqualTo("leave at door");
        assertThat(added).allSatisfy(id -> assertThat(order(linked.channelId(), id)).isNotNull());
        assertSameAsTruth(linked.channelId(), linked.store().orders());
    }

    @Test
    void anUpdateThatLandsLateButInsideTheOverlapWindowIsPickedUp() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Late update", 300, 10).withSeed(3), true);
        long channel = linked.channelId();
        sync.run(channel, SyncTrigger.MANUAL);
        // We have seen changes up to five minutes from now: an update stamped now arrives "late", before the
        // watermark, as ReCharge's can. The overlap (10 minutes) still asks for it.
        fixture.execute("UPDATE sync_state SET watermark = now() + interval '5 minutes' "
                + "WHERE channel_id = ?1 AND stream = 'ORDERS'", channel);
        SandboxOrder late = linked.store().orders().get(42);
        linked.store().updateOrder(late.id(), new OrderUpdate(null, null, "late edit"));

        sync.run(channel, SyncTrigger.MANUAL);

        assertThat(order(channel, late.id()).note).isEqualTo("late edit");
        assertThat(lastRun(channel, SyncStream.ORDERS).updated).isEqualTo(1);
        assertSameAsTruth(channel, linked.store().orders());
    }

    @Test
    void textArrivesExactlyWhateverItHolds() {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Odd text", 50, 5).withSeed(5), true);
        long channel = linked.channelId();
        sync.run(channel, SyncTrigger.MANUAL);
        SandboxOrder odd = linked.store().orders().get(7);
        // The importer sends a page's values as PostgreSQL array literals: quotes, backslashes, braces,
        // commas, the word NULL and characters beyond ASCII must all come through as they are.
        String note = "He said \"leave it\" \\ by the {back}, door; \\\" \n Zürich ✓ 𝄞";
        linked.store().updateOrder(odd.id(), new OrderUpdate(null, Map.of("city", "NULL", "address2", ""), note));

        sync.run(channel, SyncTrigger.MANUAL);

        Order stored = order(channel, odd.id());
        assertThat(stored.note).isEqualTo(note);
        assertThat(stored.shipCity).isEqualTo("NULL");
        assertThat(stored.shipAddress2).isEmpty();
        assertSameAsTruth(channel, linked.store().orders());
    }

    static SyncRun lastRun(long channelId, SyncStream stream) {
        return QuarkusTransaction.requiringNew().call(() -> SyncRun.<SyncRun>find(
                "channelId = ?1 and stream = ?2 order by id desc", channelId, stream).firstResult());
    }

    static Order order(long channelId, long rechargeId) {
        return QuarkusTransaction.requiringNew().call(() -> Order.<Order>find(
                "channelId = ?1 and rechargeOrderId = ?2", channelId, rechargeId).firstResult());
    }

    static void assertSameAsTruth(long channelId, List<SandboxOrder> truth) {
        Map<Long, Order> stored = QuarkusTransaction.requiringNew().call(() -> Order.<Order>list("channelId", channelId)
                .stream().peek(o -> o.lines.size()).collect(Collectors.toMap(o -> o.rechargeOrderId, Function.identity())));
        assertThat(stored).hasSize(truth.size());
        for (SandboxOrder expected : truth) {
            Order actual = stored.get(expected.id());
            assertThat(actual).as("order %d", expected.id()).isNotNull();
            assertThat(actual.rechargeStatus).isEqualTo(expected.status());
            assertThat(actual.rechargeType).isEqualTo(expected.type());
            assertThat(actual.customerEmail).isEqualTo(expected.email());
            assertThat(actual.firstName).isEqualTo(expected.shippingFirstName());
            assertThat(actual.lastName).isEqualTo(expected.shippingLastName());
            assertThat(actual.shipAddress1).isEqualTo(expected.shippingAddress1());
            assertThat(actual.shipCity).isEqualTo(expected.shippingCity());
            assertThat(actual.shipCountryCode).isEqualTo(expected.shippingCountryCode());
            assertThat(actual.currency).isEqualTo(expected.currency());
            assertThat(actual.totalPrice).isEqualByComparingTo(expected.totalPrice());
            assertThat(actual.createdAt).isEqualTo(expected.createdAt());
            assertThat(actual.updatedAt).isEqualTo(expected.updatedAt());
            assertThat(actual.lines).hasSize(expected.lines().size());
            for (int i = 0; i < expected.lines().size(); i++) {
                SandboxOrder.Line want = expected.lines().get(i);
                var got = actual.lines.get(i);
                assertThat(got.sku).isEqualTo(want.sku());
                assertThat(got.quantity).isEqualTo(want.quantity());
                assertThat(got.externalVariantId).isEqualTo(want.externalVariantId());
                assertThat(got.unitPrice).isEqualByComparingTo(want.unitPrice());
            }
            assertThat(actual.fulfilmentStatus).isEqualTo(expectedStatus(expected.status()));
        }
    }

    private static FulfilmentStatus expectedStatus(String rechargeStatus) {
        return switch (rechargeStatus) {
            case "success" -> FulfilmentStatus.ALLOCATED;
            case "queued" -> FulfilmentStatus.SCHEDULED;
            case "cancelled", "refunded" -> FulfilmentStatus.CANCELLED;
            default -> FulfilmentStatus.ON_HOLD;
        };
    }
}
