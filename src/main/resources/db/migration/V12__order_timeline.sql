-- What happened to an order, in order: imported, each update with what changed, allocated, held, released,
-- despatched, emails queued and sent, attention raised. Written in the same transaction as the change it tells of.
CREATE TABLE order_event (
    id       BIGSERIAL    PRIMARY KEY,
    order_id BIGINT       NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    at       TIMESTAMPTZ  NOT NULL,
    kind     VARCHAR(30)  NOT NULL,
    actor    VARCHAR(64)  NOT NULL,
    summary  TEXT         NOT NULL
);
CREATE INDEX order_event_order ON order_event (order_id, at, id);
