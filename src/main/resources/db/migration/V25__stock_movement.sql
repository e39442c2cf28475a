-- The stock ledger: every change of a stock level is a row here, written in the same transaction as the change,
-- so that per (warehouse, SKU) on_hand = sum(on_hand_delta) and allocated = sum(allocated_delta).
CREATE TABLE stock_movement (
    id              BIGSERIAL    PRIMARY KEY,
    warehouse_id    BIGINT       NOT NULL REFERENCES warehouse (id),
    sku             VARCHAR(100) NOT NULL,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('OPENING', 'RECEIPT', 'COUNT', 'ALLOCATION', 'RELEASE', 'DESPATCH')),
    on_hand_delta   INTEGER      NOT NULL DEFAULT 0,
    allocated_delta INTEGER      NOT NULL DEFAULT 0,
    reason          VARCHAR(500) NOT NULL,
    order_id        BIGINT       REFERENCES orders (id) ON DELETE SET NULL,
    actor           VARCHAR(64)  NOT NULL,
    at              TIMESTAMPTZ  NOT NULL
);
-- Movements of one SKU, newest first; the stock page's last movement per SKU.
CREATE INDEX stock_movement_sku ON stock_movement (warehouse_id, sku, at DESC, id DESC);
CREATE INDEX stock_movement_order ON stock_movement (order_id) WHERE order_id IS NOT NULL;

-- Opening balances: levels that exist before the ledger did are where it starts, so the sums hold on an old
-- database too.
INSERT INTO stock_movement (warehouse_id, sku, kind, on_hand_delta, allocated_delta, reason, actor, at)
SELECT warehouse_id, sku, 'OPENING', on_hand, allocated, 'Opening balance when the stock ledger started', 'system', now()
FROM stock_level
WHERE on_hand <> 0 OR allocated <> 0;
