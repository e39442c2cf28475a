-- When an email first fell due. A failed attempt moves due_at on by its backoff, so "how long has the oldest unsent
-- email waited" (readiness and email_oldest_due_age_seconds) counts from here: an SMTP outage shows however often
-- the sender retries. A manual retry starts the wait again.
ALTER TABLE email_outbox ADD COLUMN first_due_at TIMESTAMPTZ;
UPDATE email_outbox SET first_due_at = CASE WHEN kind = 'DESPATCH' THEN least(queued_at, due_at) ELSE due_at END;
ALTER TABLE email_outbox ALTER COLUMN first_due_at SET NOT NULL;
CREATE INDEX email_outbox_waiting ON email_outbox (least(first_due_at, due_at)) WHERE status = 'QUEUED';
