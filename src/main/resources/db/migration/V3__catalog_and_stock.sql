-- Products and their variants (SKUs), per sales channel, keyed by ReCharge's external ids.
CREATE TABLE product (
    id                  BIGSERIAL PRIMARY KEY,
    channel_id          BIGINT       NOT NULL REFERENCES sales_channel (id) ON DELETE CASCADE,
    external_product_id VARCHAR(64)  NOT NULL,
    title               VARCHAR(500) NOT NULL,
    vendor              VARCHAR(200),
    source              VARCHAR(16)  NOT NULL,  -- CATALOG (ReCharge /products) or ORDER_LINES (derived)
    synced_at           TIMESTAMPTZ  NOT NULL,
    UNIQUE (channel_id, external_product_id)
);

CREATE TABLE product_variant (
    id                  BIGSERIAL PRIMARY KEY,
    channel_id          BIGINT       NOT NULL REFERENCES sales_channel (id) ON DELETE CASCADE,
    product_id          BIGINT       NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    external_variant_id VARCHAR(64)  NOT NULL,
    sku                 VARCHAR(100),
    title               VARCHAR(500),
    unit_price          NUMERIC(12, 2),
    weight_grams        INTEGER,
    synced_at           TIMESTAMPTZ  NOT NULL,
    UNIQUE (channel_id, external_variant_id)
);
CREATE INDEX product_variant_sku ON product_variant (channel_id, sku);

-- Stock per warehouse and SKU. Available is derived, never stored by hand.
CREATE TABLE stock_level (
    id           BIGSERIAL PRIMARY KEY,
    warehouse_id BIGINT       NOT NULL REFERENCES warehouse (id),
    sku          VARCHAR(100) NOT NULL,
    on_hand      INTEGER      NOT NULL DEFAULT 0,
    allocated    INTEGER      NOT NULL DEFAULT 0,
    available    INTEGER GENERATED ALWAYS AS (on_hand - allocated) STORED,
    updated_at   TIMESTAMPTZ  NOT NULL,
    UNIQUE (warehouse_id, sku),
    CHECK (allocated >= 0)
);
