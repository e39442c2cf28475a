package io.rechargechannel.email;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The outbox's moving parts, each a short transaction of conditional SQL on PostgreSQL's clock. A claim is a
 * random token and an expiry ({@code claimed_until}); every later step names the token, so a sender whose claim
 * expired and was taken over by another changes nothing.
 */
@ApplicationScoped
public class OutboxClaims {

    private static final String CLAIM = """
            UPDATE email_outbox SET claim_token = ?1, claimed_until = now() + ?2 * interval '1 millisecond'
            WHERE id IN (SELECT id FROM email_outbox
                         WHERE status = 'QUEUED' AND due_at <= now() AND (claimed_until IS NULL OR claimed_until < now())
                         ORDER BY due_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED)
            RETURNING id""";

    private final EntityManager em;

    OutboxClaims(EntityManager em) {
        this.em = em;
    }

    /** Claims up to {@code limit} due rows for {@code claim}; none that another live claim holds. */
    public List<Long> claim(UUID token, Duration claim, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = query(CLAIM, token, claim.toMillis(), limit).getResultList();
            return ids.stream().map(Number::longValue).toList();
        });
    }

    /** SMTP took the email: the row is done. False when the claim was lost meanwhile. */
    public boolean markSent(long id, UUID token) {
        return update("""
                UPDATE email_outbox SET status = 'SENT', sent_at = now(), closed_at = now(), attempts = attempts + 1,
                       claim_token = NULL, claimed_until = NULL, sending_at = NULL, last_error = NULL
                WHERE id = ?1 AND claim_token = ?2 AND status = 'QUEUED'""", id, token) == 1;
    }

    /** A send-time rule says no: the row is closed with its reason. */
    public boolean markNotSent(long id, UUID token, String reason) {
        return update("""
                UPDATE email_outbox SET status = 'NOT_SENT', closed_reason = ?3, closed_at = now(),
                       claim_token = NULL, claimed_until = NULL, sending_at = NULL
                WHERE id = ?1 AND claim_token = ?2 AND status = 'QUEUED'""", id, token, reason) == 1;
    }

    /**
     * The attempt failed: due again after {@code delay}, or FAILED once {@code maxAttempts} are used up.
     *
     * @return the row's status now, or null when the claim was lost
     */
    public EmailStatus markAttemptFailed(long id, UUID token, String error, int maxAttempts, Duration delay) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> status = query("""
                    UPDATE email_outbox SET attempts = attempts + 1, last_error = ?3,
                           status = CASE WHEN attempts + 1 >= ?4 THEN 'FAILED' ELSE 'QUEUED' END,
                           closed_at = CASE WHEN attempts + 1 >= ?4 THEN now() END,
                           due_at = now() + ?5 * interval '1 millisecond', claim_token = NULL, claimed_until = NULL,
                           sending_at = NULL
                    WHERE id = ?1 AND claim_token = ?2 AND status = 'QUEUED'
                    RETURNING status""", id, token, error, maxAttempts, delay.toMillis()).getResultList();
            return status.isEmpty() ? null : EmailStatus.valueOf(status.get(0));
        });
    }

    /** A failed row queued again, due now, with a fresh count of attempts. False when it was not failed. */
    public boolean retry(long id) {
        return update(RETRY + " AND id = ?1", id) == 1;
    }

    /** Every failed row queued again: how many. */
    public int retryAllFailed() {
        return update(RETRY);
    }

    private static final String RETRY = """
            UPDATE email_outbox SET status = 'QUEUED', due_at = now(), first_due_at = now(), attempts = 0,
                   closed_at = NULL, claim_token = NULL, claimed_until = NULL
            WHERE status = 'FAILED'""";

    /** Not now (another feedback email to the same customer is being sent): due again after {@code delay}. */
    public boolean postpone(long id, UUID token, Duration delay) {
        return update("""
                UPDATE email_outbox SET due_at = now() + ?3 * interval '1 millisecond', claim_token = NULL,
                       claimed_until = NULL, sending_at = NULL
                WHERE id = ?1 AND claim_token = ?2 AND status = 'QUEUED'""", id, token, delay.toMillis()) == 1;
    }

    /**
     * Whether {@code recipient} had a feedback email within {@code window}, counting one another sender is handing
     * to SMTP right now; if not, this row is marked as being sent, so the next check counts it. Serialised per
     * address by an advisory lock held to the end of the caller's transaction.
     */
    public boolean feedbackTakenWithin(long id, String recipient, Duration window) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            query("SELECT pg_advisory_xact_lock(hashtext(lower(?1)))", recipient).getSingleResult();
            boolean taken = !query("""
                    SELECT 1 FROM email_outbox
                    WHERE kind = 'FEEDBACK' AND lower(recipient) = lower(?1) AND id <> ?2
                      AND ((status = 'SENT' AND sent_at > now() - ?3 * interval '1 millisecond')
                           OR (status = 'QUEUED' AND sending_at IS NOT NULL AND claimed_until > now()))
                    LIMIT 1""", recipient, id, window.toMillis()).getResultList().isEmpty();
            if (!taken) {
                query("UPDATE email_outbox SET sending_at = now() WHERE id = ?1", id).executeUpdate();
            }
            return taken;
        });
    }

    /** Whether another feedback email to this address was sent within the window (closed rows only). */
    public boolean feedbackSentWithin(long id, String recipient, Duration window) {
        return QuarkusTransaction.joiningExisting().call(() -> !query("""
                SELECT 1 FROM email_outbox
                WHERE kind = 'FEEDBACK' AND lower(recipient) = lower(?1) AND id <> ?2 AND status = 'SENT'
                  AND sent_at > now() - ?3 * interval '1 millisecond'
                LIMIT 1""", recipient, id, window.toMillis()).getResultList().isEmpty());
    }

    private int update(String sql, Object... params) {
        return QuarkusTransaction.joiningExisting().call(() -> query(sql, params).executeUpdate());
    }

    private Query query(String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
