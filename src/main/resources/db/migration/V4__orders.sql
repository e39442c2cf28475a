-- Orders as the warehouse works them: ReCharge's data plus the warehouse's own state.
CREATE TABLE orders (
    id                    BIGSERIAL PRIMARY KEY,
    channel_id            BIGINT        NOT NULL REFERENCES sales_channel (id) ON DELETE CASCADE,
    recharge_order_id     BIGINT        NOT NULL,
    external_order_id     VARCHAR(64),
    external_order_number VARCHAR(64),
    external_order_name   VARCHAR(64),
    recharge_status       VARCHAR(40)   NOT NULL,
    recharge_type         VARCHAR(40),
    customer_email        VARCHAR(320),
    first_name            VARCHAR(200),
    last_name             VARCHAR(200),
    ship_company          VARCHAR(200),
    ship_address1         VARCHAR(500),
    ship_address2         VARCHAR(500),
    ship_city             VARCHAR(200),
    ship_province         VARCHAR(200),
    ship_zip              VARCHAR(40),
    ship_country_code     VARCHAR(2),
    ship_phone            VARCHAR(60),
    shipping_method       VARCHAR(200),
    currency              VARCHAR(3),
    subtotal_price        NUMERIC(12, 2),
    total_tax             NUMERIC(12, 2),
    total_discounts       NUMERIC(12, 2),
    total_price           NUMERIC(12, 2),
    total_weight_grams    INTEGER,
    tags                  TEXT,
    note                  TEXT,
    created_at            TIMESTAMPTZ,
    updated_at            TIMESTAMPTZ   NOT NULL,
    processed_at          TIMESTAMPTZ,
    scheduled_at          TIMESTAMPTZ,
    content_hash          VARCHAR(64)   NOT NULL,
    -- the warehouse's own state: the sync never overwrites these from ReCharge data
    fulfilment_status     VARCHAR(16)   NOT NULL,
    released_at           TIMESTAMPTZ,
    needs_attention       BOOLEAN       NOT NULL DEFAULT FALSE,
    attention_reason      TEXT,
    imported_at           TIMESTAMPTZ   NOT NULL,
    last_synced_at        TIMESTAMPTZ   NOT NULL,
    despatched_at         TIMESTAMPTZ,
    carrier               VARCHAR(100),
    tracking_number       VARCHAR(100),
    UNIQUE (channel_id, recharge_order_id)
);
CREATE INDEX orders_channel_status ON orders (channel_id, fulfilment_status);
CREATE INDEX orders_last_synced ON orders (last_synced_at);

CREATE TABLE order_line (
    id                  BIGSERIAL PRIMARY KEY,
    order_id            BIGINT        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_number         INTEGER       NOT NULL,
    purchase_item_id    BIGINT,
    purchase_item_type  VARCHAR(20),
    external_product_id VARCHAR(64),
    external_variant_id VARCHAR(64),
    sku                 VARCHAR(100),
    title               VARCHAR(500),
    variant_title       VARCHAR(500),
    quantity            INTEGER       NOT NULL CHECK (quantity > 0),
    unit_price          NUMERIC(12, 2),
    total_price         NUMERIC(12, 2),
    grams               INTEGER,
    UNIQUE (order_id, line_number)
);

-- Stock held for a line of a released order: one row per line, so allocating twice is impossible.
CREATE TABLE stock_allocation (
    id            BIGSERIAL PRIMARY KEY,
    order_line_id BIGINT       NOT NULL UNIQUE REFERENCES order_line (id) ON DELETE CASCADE,
    order_id      BIGINT       NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    warehouse_id  BIGINT       NOT NULL REFERENCES warehouse (id),
    sku           VARCHAR(100) NOT NULL,
    quantity      INTEGER      NOT NULL CHECK (quantity > 0),
    allocated_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX stock_allocation_order ON stock_allocation (order_id);
