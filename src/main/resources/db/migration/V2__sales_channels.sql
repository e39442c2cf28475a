-- Sales channels: one ReCharge store (one API token) feeding one warehouse.
CREATE TABLE sales_channel (
    id                        BIGSERIAL PRIMARY KEY,
    name                      VARCHAR(100) NOT NULL UNIQUE,
    kind                      VARCHAR(20)  NOT NULL CHECK (kind IN ('RECHARGE')),
    active                    BOOLEAN      NOT NULL DEFAULT TRUE,
    -- AES-256-GCM, "v1:" + base64(iv || ciphertext); the plain token is never stored.
    access_token_ciphertext   TEXT         NOT NULL,
    token_last4               VARCHAR(4)   NOT NULL,
    token_version             INTEGER      NOT NULL DEFAULT 1,
    base_url                  VARCHAR(500) NOT NULL DEFAULT 'https://api.rechargeapps.com',
    warehouse_id              BIGINT       NOT NULL REFERENCES warehouse (id),
    auto_sync_stock           BOOLEAN      NOT NULL DEFAULT TRUE,
    sync_interval_seconds     INTEGER      NOT NULL DEFAULT 60
                                           CHECK (sync_interval_seconds BETWEEN 10 AND 86400),
    brand_name                VARCHAR(200),
    commercial_invoice        TEXT,
    despatch_emails_enabled   BOOLEAN      NOT NULL DEFAULT FALSE,
    despatch_emails_from      VARCHAR(320),
    feedback_emails_enabled   BOOLEAN      NOT NULL DEFAULT FALSE,
    feedback_delay_days       INTEGER      NOT NULL DEFAULT 7 CHECK (feedback_delay_days BETWEEN 1 AND 90),
    status                    VARCHAR(30)  NOT NULL DEFAULT 'NEVER_SYNCED'
                                           CHECK (status IN ('OK', 'NEVER_SYNCED', 'TOKEN_REJECTED',
                                                  'MISSING_PERMISSION', 'CONFIG_ERROR', 'CIRCUIT_OPEN', 'FAILING')),
    status_message            VARCHAR(1000),
    status_changed_at         TIMESTAMPTZ  NOT NULL,
    last_synced_at            TIMESTAMPTZ,
    created_at                TIMESTAMPTZ  NOT NULL,
    updated_at                TIMESTAMPTZ  NOT NULL,
    version                   BIGINT       NOT NULL DEFAULT 0
);

CREATE INDEX sales_channel_warehouse_idx ON sales_channel (warehouse_id);
