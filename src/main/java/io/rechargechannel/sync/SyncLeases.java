package io.rechargechannel.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * One worker per channel, across every instance sharing the database: a row in {@code sync_lease}
 * taken with one atomic upsert. A lease is renewed with each page written, in the page's own
 * transaction, so a worker whose lease was taken over cannot commit another page.
 *
 * <p>The time that decides who holds a lease is PostgreSQL's ({@code now()}), never an instance's clock: two
 * instances whose clocks disagree by more than the lease would otherwise both see the other's lease as expired.
 */
@ApplicationScoped
public class SyncLeases {

    private static final String ACQUIRE = """
            INSERT INTO sync_lease (channel_id, owner, acquired_at, expires_at)
            VALUES (?1, ?2, now(), now() + make_interval(secs => ?3))
            ON CONFLICT (channel_id) DO UPDATE
            SET owner = EXCLUDED.owner, acquired_at = EXCLUDED.acquired_at, expires_at = EXCLUDED.expires_at
            WHERE sync_lease.expires_at < EXCLUDED.acquired_at OR sync_lease.owner = EXCLUDED.owner""";

    private static final String RENEW = """
            UPDATE sync_lease SET expires_at = now() + make_interval(secs => ?1)
            WHERE channel_id = ?2 AND owner = ?3""";

    @Inject
    EntityManager em;

    @Inject
    SyncConfig config;

    /** True when {@code owner} now holds the channel. */
    public boolean acquire(long channelId, String owner) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(ACQUIRE)
                .setParameter(1, channelId).setParameter(2, owner).setParameter(3, leaseSeconds())
                .executeUpdate() == 1);
    }

    /** Within the caller's transaction: extends the lease, or fails the transaction if it was lost. */
    public void renewOrFail(long channelId, String owner) {
        int renewed = em.createNativeQuery(RENEW)
                .setParameter(1, leaseSeconds()).setParameter(2, channelId).setParameter(3, owner)
                .executeUpdate();
        if (renewed != 1) {
            throw new LeaseLostException(channelId, owner);
        }
    }

    public void release(long channelId, String owner) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("DELETE FROM sync_lease WHERE channel_id = ?1 AND owner = ?2")
                .setParameter(1, channelId).setParameter(2, owner)
                .executeUpdate());
    }

    private double leaseSeconds() {
        return config.leaseDuration().toMillis() / 1000.0;
    }

    /** Thrown when another worker took the channel over: this worker's page is rolled back. */
    public static final class LeaseLostException extends RuntimeException {
        LeaseLostException(long channelId, String owner) {
            super("Channel " + channelId + ": sync lease of " + owner + " was lost to another worker");
        }
    }
}
