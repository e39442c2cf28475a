-- The email outbox: a row per (order, despatch, kind), written in the despatch's own transaction, delivered by the
-- sender. Times that decide who sends what and when (due_at, claimed_until) are PostgreSQL's own (now()).
CREATE TABLE email_outbox (
    id              BIGSERIAL    PRIMARY KEY,
    order_id        BIGINT       NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    channel_id      BIGINT       NOT NULL,
    despatch_id     BIGINT       NOT NULL,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('DESPATCH', 'FEEDBACK')),
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'NOT_SENT')),
    recipient       VARCHAR(320),
    carrier_code    VARCHAR(100),
    carrier_name    VARCHAR(200),
    tracking_number VARCHAR(100),
    tracking_url    VARCHAR(1000),
    despatched_at   TIMESTAMPTZ  NOT NULL,
    queued_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    due_at          TIMESTAMPTZ  NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    claim_token     UUID,
    claimed_until   TIMESTAMPTZ,
    -- set while a claimed feedback email is being handed to SMTP: the one-per-customer rule counts it as sent
    sending_at      TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ,
    last_error      TEXT,
    closed_reason   TEXT,
    UNIQUE (order_id, despatch_id, kind)
);
-- What the sender looks for: due rows still queued.
CREATE INDEX email_outbox_due ON email_outbox (due_at) WHERE status = 'QUEUED';
CREATE INDEX email_outbox_status ON email_outbox (status, id);
-- "at most one feedback email per customer in N days"
CREATE INDEX email_outbox_feedback_sent ON email_outbox (lower(recipient), sent_at) WHERE kind = 'FEEDBACK' AND status = 'SENT';

-- Customers who asked for no more feedback emails (one-click opt-out), by lower-cased address.
CREATE TABLE email_opt_out (
    email         VARCHAR(320) PRIMARY KEY,
    opted_out_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
