-- The orders board (issue 11): search, tabs, the attention lane, and holds the warehouse puts on orders.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- A hold the warehouse put on an order: kept apart from ReCharge's own statuses, so an import never undoes it.
ALTER TABLE orders
    ADD COLUMN held_at         TIMESTAMPTZ,
    ADD COLUMN held_by         VARCHAR(64),
    ADD COLUMN hold_reason     TEXT,
    ADD COLUMN attention_since TIMESTAMPTZ,
    -- When the order was placed, for "newest first": ReCharge's creation time, else when it reached us.
    ADD COLUMN placed_at       TIMESTAMPTZ GENERATED ALWAYS AS (COALESCE(created_at, imported_at)) STORED,
    -- What the search box looks in, lower case: order numbers, the ReCharge id, the customer's name and email.
    -- Kept by PostgreSQL itself, so every writer (the importer, a despatch) keeps it right without knowing of it.
    ADD COLUMN search_text     TEXT GENERATED ALWAYS AS (lower(
            COALESCE(external_order_number, '') || ' ' || COALESCE(external_order_name, '') || ' '
            || recharge_order_id::text || ' ' || COALESCE(external_order_id, '') || ' '
            || COALESCE(first_name, '') || ' ' || COALESCE(last_name, '') || ' '
            || COALESCE(customer_email, ''))) STORED;

-- Newest first, on its own, per status tab, per channel, and the attention lane.
CREATE INDEX orders_newest ON orders (placed_at DESC, id DESC);
CREATE INDEX orders_status_newest ON orders (fulfilment_status, placed_at DESC, id DESC);
CREATE INDEX orders_channel_newest ON orders (channel_id, placed_at DESC, id DESC);
CREATE INDEX orders_attention_newest ON orders (placed_at DESC, id DESC) WHERE needs_attention;
-- Search: trigram indexes answer LIKE '%...%' without reading every row.
CREATE INDEX orders_search_trgm ON orders USING gin (search_text gin_trgm_ops);
CREATE INDEX order_line_sku_trgm ON order_line USING gin (lower(sku) gin_trgm_ops);
-- The orders waiting for a SKU, judged again when its stock moves.
CREATE INDEX order_line_sku ON order_line (sku);
