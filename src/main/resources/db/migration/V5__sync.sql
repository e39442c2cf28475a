-- Who is syncing a channel right now. One row per channel at most; a lease past its expiry may be
-- taken over (a crashed worker), and every page write renews it, so a worker that lost it stops.
CREATE TABLE sync_lease (
    channel_id  BIGINT       PRIMARY KEY REFERENCES sales_channel (id) ON DELETE CASCADE,
    owner       VARCHAR(100) NOT NULL,
    acquired_at TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL
);

-- Where each channel's streams stand.
CREATE TABLE sync_state (
    channel_id           BIGINT      NOT NULL REFERENCES sales_channel (id) ON DELETE CASCADE,
    stream               VARCHAR(16) NOT NULL,  -- ORDERS or PRODUCTS
    watermark            TIMESTAMPTZ,           -- newest updated_at imported
    cursor               TEXT,                  -- next page of the run in progress (checkpoint)
    last_run_at          TIMESTAMPTZ,
    last_success_at      TIMESTAMPTZ,
    last_error           TEXT,
    consecutive_failures INTEGER     NOT NULL DEFAULT 0,
    catalog_mode         VARCHAR(16),           -- products: CUSTOM or PLATFORM (422 from /products)
    next_catalog_probe_at TIMESTAMPTZ,
    PRIMARY KEY (channel_id, stream)
);

CREATE TABLE sync_run (
    id             BIGSERIAL PRIMARY KEY,
    channel_id     BIGINT       NOT NULL REFERENCES sales_channel (id) ON DELETE CASCADE,
    stream         VARCHAR(16)  NOT NULL,
    trigger        VARCHAR(16)  NOT NULL,  -- SCHEDULE, MANUAL, STARTUP
    started_at     TIMESTAMPTZ  NOT NULL,
    finished_at    TIMESTAMPTZ,
    pages          INTEGER      NOT NULL DEFAULT 0,
    records_seen   INTEGER      NOT NULL DEFAULT 0,
    created        INTEGER      NOT NULL DEFAULT 0,
    updated        INTEGER      NOT NULL DEFAULT 0,
    unchanged      INTEGER      NOT NULL DEFAULT 0,
    quarantined    INTEGER      NOT NULL DEFAULT 0,
    requests       INTEGER      NOT NULL DEFAULT 0,
    throttled      INTEGER      NOT NULL DEFAULT 0,
    retries        INTEGER      NOT NULL DEFAULT 0,
    outcome        VARCHAR(16)  NOT NULL,  -- RUNNING, SUCCEEDED, FAILED, STOPPED
    error_message  TEXT
);
CREATE INDEX sync_run_channel ON sync_run (channel_id, started_at DESC);

-- Records ReCharge sent that could not be mapped: kept with their raw JSON, retried every run.
CREATE TABLE quarantined_record (
    id                 BIGSERIAL PRIMARY KEY,
    channel_id         BIGINT      NOT NULL REFERENCES sales_channel (id) ON DELETE CASCADE,
    stream             VARCHAR(16) NOT NULL,
    record_key         VARCHAR(100) NOT NULL,  -- the ReCharge id when readable, else a hash of the JSON
    raw_json           TEXT        NOT NULL,
    reason             TEXT        NOT NULL,
    first_seen_at      TIMESTAMPTZ NOT NULL,
    last_seen_at       TIMESTAMPTZ NOT NULL,
    attempts           INTEGER     NOT NULL DEFAULT 1,
    UNIQUE (channel_id, stream, record_key)
);
