-- The ReCharge charge an order came from (2021-11 `charge: {id, status}`), shown among the order's references.
-- Orders imported before this migration get it on their next update from ReCharge.
ALTER TABLE orders
    ADD COLUMN charge_id     BIGINT,
    ADD COLUMN charge_status VARCHAR(40);
