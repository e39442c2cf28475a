-- Live board (issue 11): every statement that writes orders tells every instance which orders changed, through
-- NOTIFY, which PostgreSQL delivers only when (and if) the transaction commits. A statement-level trigger covers
-- every writer (the importer, holds, despatch) without code of theirs: one notification per 60 orders, each
-- payload a JSON array of [id, rechargeOrderId, fulfilmentStatus, change], well under NOTIFY's 8000 bytes.
CREATE FUNCTION orders_notify_rows(changed jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    chunk jsonb;
BEGIN
    FOR chunk IN
        SELECT jsonb_agg(e ORDER BY n) FROM jsonb_array_elements(changed) WITH ORDINALITY AS a(e, n)
        GROUP BY (n - 1) / 60
    LOOP
        PERFORM pg_notify('order_changes', chunk::text);
    END LOOP;
END $$;

CREATE FUNCTION orders_notify_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM orders_notify_rows((SELECT jsonb_agg(jsonb_build_array(n.id, n.recharge_order_id, n.fulfilment_status,
            'imported')) FROM inserted n));
    RETURN NULL;
END $$;

CREATE FUNCTION orders_notify_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM orders_notify_rows((SELECT jsonb_agg(jsonb_build_array(n.id, n.recharge_order_id, n.fulfilment_status,
            CASE
                WHEN n.fulfilment_status = 'DESPATCHED' AND o.fulfilment_status <> 'DESPATCHED' THEN 'despatched'
                WHEN n.held_at IS NOT NULL AND o.held_at IS NULL THEN 'held'
                WHEN n.held_at IS NULL AND o.held_at IS NOT NULL THEN 'released'
                WHEN n.fulfilment_status = 'CANCELLED' AND o.fulfilment_status <> 'CANCELLED' THEN 'cancelled'
                WHEN n.attention_reason IS DISTINCT FROM o.attention_reason
                     AND n.updated_at = o.updated_at THEN 'attention'
                ELSE 'updated'
            END))
        FROM updated n JOIN previous o ON o.id = n.id));
    RETURN NULL;
END $$;

CREATE TRIGGER orders_notify_insert AFTER INSERT ON orders REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION orders_notify_insert();
CREATE TRIGGER orders_notify_update AFTER UPDATE ON orders REFERENCING OLD TABLE AS previous NEW TABLE AS updated
    FOR EACH STATEMENT EXECUTE FUNCTION orders_notify_update();
