package io.rechargechannel.orders;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts of orders per channel, for the pages that list channels. */
@ApplicationScoped
public class OrderCounts {

    @Inject
    EntityManager em;

    /** Orders first imported at or after {@code since}, per channel (channels without any are absent). */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> importedSince(Instant since) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<Long, Long> counts = new HashMap<>();
            ((List<Object[]>) em.createNativeQuery(
                    "SELECT channel_id, count(*) FROM orders WHERE imported_at >= ?1 GROUP BY channel_id")
                    .setParameter(1, since.atOffset(ZoneOffset.UTC)).getResultList())
                    .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
            return counts;
        });
    }

    /** The channel's orders the warehouse has still to despatch (neither despatched nor cancelled). */
    public long stillToDespatch(long channelId) {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM orders WHERE channel_id = ?1 AND fulfilment_status NOT IN ('DESPATCHED', 'CANCELLED')")
                .setParameter(1, channelId).getSingleResult()).longValue());
    }
}
