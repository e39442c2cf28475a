package io.rechargechannel.email;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Figures of the outbox for health and metrics, on PostgreSQL's clock. */
@ApplicationScoped
public class OutboxStats {

    /** Rows by status, and how long the oldest unsent row has waited since it fell due (0 when none is due). */
    public record Figures(Map<EmailStatus, Long> byStatus, long oldestDueSeconds) {
        public long count(EmailStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    private final EntityManager em;

    OutboxStats(EntityManager em) {
        this.em = em;
    }

    public Figures figures() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<EmailStatus, Long> byStatus = new EnumMap<>(EmailStatus.class);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT status, count(*) FROM email_outbox GROUP BY status")
                    .getResultList();
            rows.forEach(row -> byStatus.put(EmailStatus.valueOf((String) row[0]), ((Number) row[1]).longValue()));
            return new Figures(byStatus, oldestDueSeconds());
        });
    }

    /**
     * How long the oldest unsent email has waited since it first fell due; failed attempts, which move its next try
     * on, do not restart the wait, so an SMTP outage shows however often the sender retries.
     */
    public long oldestDueSeconds() {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) em.createNativeQuery("""
                SELECT coalesce(floor(extract(epoch FROM now() - min(least(first_due_at, due_at)))), 0)
                FROM email_outbox WHERE status = 'QUEUED' AND least(first_due_at, due_at) <= now()""")
                .getSingleResult()).longValue());
    }

    /** Whether any channel sends despatch or feedback emails. */
    public boolean anyChannelSendsEmails() {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery("""
                SELECT 1 FROM sales_channel WHERE removed_at IS NULL
                  AND (despatch_emails_enabled OR feedback_emails_enabled) LIMIT 1""").getResultList().isEmpty());
    }
}
