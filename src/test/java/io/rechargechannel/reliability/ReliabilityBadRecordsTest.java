package io.rechargechannel.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.Corruption;
import io.rechargechannel.sandbox.OrderUpdate;
import io.rechargechannel.sandbox.SandboxOrder;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncRun;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.SandboxChannels;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Records that cannot be mapped are quarantined with their raw JSON and reason; their page imports anyway. */
@QuarkusTest
class ReliabilityBadRecordsTest {

    static final int ORDERS = 1500;

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Inject
    TruthCheck truth;

    @Test
    void aPageWithTwoBadRecordsImportsTheRestAndTheyComeInOnceFixed() {
        var linked = fixture.create(StoreSpec.of("Bad records", ORDERS, 30), true);
        // Pages are in updated_at order: positions 300 and 420 are both on the second page.
        List<SandboxOrder> byUpdate = linked.store().orders().stream()
                .sorted(Comparator.comparing(SandboxOrder::updatedAt).thenComparing(SandboxOrder::id)).toList();
        long negative = byUpdate.get(300).id();
        long badDate = byUpdate.get(420).id();
        linked.store().corruptOrder(negative, Corruption.NEGATIVE_QUANTITY);
        linked.store().corruptOrder(badDate, Corruption.BAD_DATE);

        assertThat(sync.run(linked.channelId(), SyncTrigger.MANUAL)).isEqualTo(ChannelSync.Result.RAN);

        SyncRun first = Runs.lastOrders(linked.channelId());
        assertThat(first.outcome).isEqualTo(SyncRun.Outcome.SUCCEEDED);
        assertThat(first.quarantined).isEqualTo(2);
        assertThat(first.created).isEqualTo(ORDERS - 2);
        assertThat(truth.rows("SELECT count(*) FROM orders WHERE channel_id = ?1 AND recharge_order_id IN (?2, ?3)",
                linked.channelId(), negative, badDate)).isZero();
        assertThat(truth.rows("SELECT count(*) FROM orders WHERE channel_id = ?1", linked.channelId()))
                .isEqualTo(ORDERS - 2);
        given().get("/api/channels/{id}/quarantine", linked.channelId()).then().statusCode(200)
                .body("$", hasSize(2))
                .body("recordKey", containsInAnyOrder(String.valueOf(negative), String.valueOf(badDate)))
                .body("reason", hasItem(containsString("quantity -1")))
                .body("reason", hasItem(containsString("created_at")))
                .body("rawJson", hasItem(containsString("\"quantity\":-1")))
                .body("rawJson", hasItem(containsString("31/02/2024 25:61")));

        // Next run: the quarantined JSON is tried again first; still broken, it stays, nothing else changes.
        sync.run(linked.channelId(), SyncTrigger.MANUAL);
        given().get("/api/channels/{id}/quarantine", linked.channelId()).then().body("$", hasSize(2));

        // The merchant fixes both orders (ReCharge bumps updated_at): the next run imports them.
        linked.store().clearCorruptions();
        linked.store().updateOrder(negative, new OrderUpdate(null, null, "quantity fixed"));
        linked.store().updateOrder(badDate, new OrderUpdate(null, null, "date fixed"));
        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        Runs.report("2 bad records on one page", linked.channelId(), linked.store());
        SyncRun last = Runs.lastOrders(linked.channelId());
        assertThat(last.created).isEqualTo(2);
        assertThat(last.quarantined).isZero();
        given().get("/api/channels/{id}/quarantine", linked.channelId()).then().body("$", hasSize(0));
        truth.assertWarehouseMatches(linked.channelId(), linked.store().orders());
    }

    @Test
    void anOrderWithoutItsIdIsQuarantinedUnderAHashOfItsJson() {
        var linked = fixture.create(StoreSpec.of("No id", 600, 20), true);
        long missing = linked.store().orders().get(42).id();
        linked.store().corruptOrder(missing, Corruption.NO_ID);

        sync.run(linked.channelId(), SyncTrigger.MANUAL);

        SyncRun run = Runs.lastOrders(linked.channelId());
        Runs.report("order without id", linked.channelId(), linked.store());
        assertThat(run.quarantined).isEqualTo(1);
        assertThat(run.created).isEqualTo(599);
        given().get("/api/channels/{id}/quarantine", linked.channelId()).then()
                .body("$", hasSize(1))
                .body("[0].recordKey", containsString("sha256:"))
                .body("[0].reason", containsString("id"));
    }
}
