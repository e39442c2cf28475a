package io.rechargechannel.email;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.channel.Brand;
import io.rechargechannel.channel.ChannelEdit;
import io.rechargechannel.channel.DespatchEmails;
import io.rechargechannel.channel.FeedbackEmails;
import io.rechargechannel.channel.SalesChannels;
import io.rechargechannel.despatch.OrderDespatched;
import io.rechargechannel.despatch.OrdersDespatched;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.SandboxChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Test fixture: a synced sandbox channel with email settings, its orders, and despatches as the floor fires them. */
@ApplicationScoped
public class EmailFixture {

    public static final Brand BRAND = new Brand("Tea Club", "https://cdn.example.com/tea-club.png", "#0f766e",
            "Tea Club Orders", "orders@teaclub.example", "help@teaclub.example");
    private static final AtomicLong DESPATCH_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Inject
    SandboxChannels sandbox;
    @Inject
    ChannelSync sync;
    @Inject
    SalesChannels channels;
    @Inject
    Event<OrdersDespatched> despatched;
    @Inject
    EntityManager em;

    /** A channel of {@code orders} synced orders, with despatch and feedback emails as asked. */
    public long channel(int orders, boolean despatchEmails, boolean feedbackEmails) {
        long channel = sandbox.create(StoreSpec.of("Emails", orders, 3).withSeed(orders * 31L + 7), false).channelId();
        sync.run(channel, SyncTrigger.MANUAL);
        configure(channel, despatchEmails, feedbackEmails);
        return channel;
    }

    public void configure(long channel, boolean despatchEmails, boolean feedbackEmails) {
        channels.edit(channel, new ChannelEdit(null, null, null, null, null, null, null, BRAND, null,
                new DespatchEmails(despatchEmails, "Your {brandName} order {orderNumber} is on its way", true),
                new FeedbackEmails(feedbackEmails, 7, "https://teaclub.example/review?order={orderNumber}")));
    }

    /** The channel's orders, each given a customer address of its own and paid (ReCharge "success"). */
    public List<Long> orders(long channel) {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT id FROM orders WHERE channel_id = ?1 ORDER BY id", Long.class).setParameter(1, channel).getResultList());
        String run = UUID.randomUUID().toString().substring(0, 8);
        ids.forEach(id -> sandbox.execute("UPDATE orders SET customer_email = ?1, recharge_status = 'success' WHERE id = ?2",
                "customer-" + id + "-" + run + "@example.com", id));
        return ids;
    }

    public String recipientOf(long order) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT customer_email FROM orders WHERE id = ?1").setParameter(1, order).getSingleResult());
    }

    /** Despatches the order as the despatch helper does: status, then the event, in one transaction. */
    public long despatch(long order, long channel) {
        long despatchId = DESPATCH_IDS.incrementAndGet();
        despatch(order, channel, despatchId);
        return despatchId;
    }

    public void despatch(long order, long channel, long despatchId) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE orders SET fulfilment_status = 'DESPATCHED', despatched_at = now(), "
                    + "carrier = 'Royal Mail', tracking_number = ?2 WHERE id = ?1")
                    .setParameter(1, order).setParameter(2, "RM" + despatchId + "GB").executeUpdate();
            despatched.fire(new OrdersDespatched(List.of(new OrderDespatched(order, channel, despatchId, "royal-mail",
                    "Royal Mail", "RM" + despatchId + "GB",
                    "https://www.royalmail.com/track-your-item#/tracking-results/RM" + despatchId + "GB", Instant.now()))));
        });
    }

    /** Moves the order's queued emails to due now (PostgreSQL's clock decides what is due). */
    public void makeDue(long order) {
        sandbox.execute("UPDATE email_outbox SET due_at = now() - interval '1 second' WHERE order_id = ?1 AND status = 'QUEUED'", order);
    }

    public void makeAllDue() {
        sandbox.execute("UPDATE email_outbox SET due_at = now() - interval '1 second' WHERE status = 'QUEUED'");
    }

    public String status(long order, EmailKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT status FROM email_outbox WHERE order_id = ?1 AND kind = ?2").setParameter(1, order)
                .setParameter(2, kind.name()).getSingleResult());
    }

    public String closedReason(long order, EmailKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT closed_reason FROM email_outbox WHERE order_id = ?1 AND kind = ?2").setParameter(1, order)
                .setParameter(2, kind.name()).getSingleResult());
    }

    public long rows(long order) {
        return sandbox.count("SELECT count(*) FROM email_outbox WHERE order_id = ?1", order);
    }

    public long count(String sql, Object... params) {
        return sandbox.count(sql, params);
    }

    /** A query's one text value, such as an order's city. */
    public String text(String sql, long id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(sql).setParameter(1, id)
                .getSingleResult());
    }

    public int execute(String sql, Object... params) {
        return sandbox.execute(sql, params);
    }
}
