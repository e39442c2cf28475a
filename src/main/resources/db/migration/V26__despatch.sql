-- A despatch of an order: carrier, tracking number and link, who and when. One per order today (another tracking
-- number for a despatched order is refused); the orders row carries the same carrier and tracking number.
CREATE TABLE despatch (
    id              BIGSERIAL    PRIMARY KEY,
    order_id        BIGINT       NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    channel_id      BIGINT       NOT NULL REFERENCES sales_channel (id) ON DELETE CASCADE,
    carrier_code    VARCHAR(40)  NOT NULL,
    carrier_name    VARCHAR(100) NOT NULL,
    tracking_number VARCHAR(40)  NOT NULL,
    tracking_url    VARCHAR(600),
    actor           VARCHAR(64)  NOT NULL,
    despatched_at   TIMESTAMPTZ  NOT NULL,
    UNIQUE (order_id)
);
