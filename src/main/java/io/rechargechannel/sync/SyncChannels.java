package io.rechargechannel.sync;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.channel.ChannelTokens;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.recharge.ReChargeCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The sync's window onto sales channels: which are due, what a run needs, and the status it reports back. */
@ApplicationScoped
public class SyncChannels {

    /** A channel whose token or configuration was refused waits for an admin, not for the next tick. */
    private static final String DUE = """
            SELECT c.id FROM sales_channel c
            LEFT JOIN sync_state s ON s.channel_id = c.id AND s.stream = 'ORDERS'
            WHERE c.active AND c.status NOT IN ('TOKEN_REJECTED', 'MISSING_PERMISSION', 'CONFIG_ERROR')
              AND (s.last_run_at IS NULL OR s.last_run_at + make_interval(secs => c.sync_interval_seconds) <= ?1)
            ORDER BY s.last_run_at NULLS FIRST""";

    private static final String HEALTH = """
            SELECT c.id, c.name, c.sync_interval_seconds, c.status, c.status_message, c.created_at,
                   s.last_success_at, s.last_error, s.watermark
            FROM sales_channel c LEFT JOIN sync_state s ON s.channel_id = c.id AND s.stream = 'ORDERS'
            WHERE c.active ORDER BY c.id""";

    /** How one active channel's sync stands, for health checks. */
    public record ChannelHealth(long id, String name, Duration interval, String status, String statusMessage,
                                Instant activeSince, Instant lastSuccess, String lastError, Instant watermark) {
    }

    @Inject
    EntityManager em;

    @Inject
    ChannelTokens tokens;

    @Inject
    Clock clock;

    public Optional<SyncChannel> load(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            SalesChannel channel = SalesChannel.findById(id);
            if (channel == null || !channel.isActive()) {
                return Optional.empty();
            }
            return Optional.of(new SyncChannel(channel.id(), channel.name(),
                    new ReChargeCredentials(channel.baseUrl(), tokens.plainToken(channel)),
                    channel.warehouse().id(), channel.autoSyncStock(), channel.syncInterval()));
        });
    }

    public boolean exists(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> SalesChannel.findById(id) != null);
    }

    /** Joins the caller's transaction, so a run reads it with the page it has just written. */
    public boolean isActive(long id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<?> rows = em.createNativeQuery("SELECT active FROM sales_channel WHERE id = ?1")
                    .setParameter(1, id).getResultList();
            return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
        });
    }

    @SuppressWarnings("unchecked")
    public List<Long> dueChannelIds(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Number>) em.createNativeQuery(DUE)
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).getResultList())
                .stream().map(Number::longValue).toList());
    }

    @SuppressWarnings("unchecked")
    public List<ChannelHealth> health() {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) em.createNativeQuery(HEALTH)
                .getResultList()).stream().map(r -> new ChannelHealth(((Number) r[0]).longValue(), (String) r[1],
                        Duration.ofSeconds(((Number) r[2]).longValue()), (String) r[3], (String) r[4],
                        instant(r[5]), instant(r[6]), (String) r[7], instant(r[8]))).toList());
    }

    void synced(long id) {
        update(id, c -> c.markSynced(clock));
    }

    void tokenRejected(long id, String message) {
        update(id, c -> c.markTokenRejected(message, clock));
    }

    void missingPermission(long id, String scope, String message) {
        update(id, c -> c.markMissingPermission(scope, message, clock));
    }

    void configError(long id, String message) {
        update(id, c -> c.markConfigError(message, clock));
    }

    void circuitOpen(long id, String message) {
        update(id, c -> c.markCircuitOpen(message, clock));
    }

    void failing(long id, String message) {
        update(id, c -> c.markFailing(message, clock));
    }

    private static void update(long id, Consumer<SalesChannel> change) {
        QuarkusTransaction.joiningExisting().run(() -> {
            SalesChannel channel = SalesChannel.findById(id);
            if (channel != null) {
                change.accept(channel);
            }
        });
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        return value instanceof Instant i ? i : null;
    }
}
