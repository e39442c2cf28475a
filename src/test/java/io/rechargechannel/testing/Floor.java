package io.rechargechannel.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;

/**
 * Test fixture for the warehouse floor: a sandbox channel synced with Auto Sync Stock, its orders ready to
 * despatch (shipping to the warehouse's own country), stock and the ledger read back from the tables.
 */
@ApplicationScoped
public class Floor {

    /** Levels that differ from the sum of their ledger rows, in any warehouse: 0 when the ledger adds up. */
    public static final String LEDGER_MISMATCHES = """
            SELECT count(*) FROM stock_level l
            FULL JOIN (SELECT warehouse_id, sku, sum(on_hand_delta) AS on_hand, sum(allocated_delta) AS allocated
                       FROM stock_movement GROUP BY warehouse_id, sku) m
                ON m.warehouse_id = l.warehouse_id AND m.sku = l.sku
            WHERE coalesce(l.on_hand, 0) <> coalesce(m.on_hand, 0) OR coalesce(l.allocated, 0) <> coalesce(m.allocated, 0)""";

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Inject
    EntityManager em;

    /** A synced channel (Auto Sync Stock on) whose orders all ship to the warehouse's country. */
    public SandboxChannels.Linked channel(String name, int orders, int products, long seed) {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of(name, orders, products).withSeed(seed), true);
        sync.run(linked.channelId(), SyncTrigger.MANUAL);
        fixture.execute("UPDATE orders SET ship_country_code = 'GB' WHERE channel_id = ?1", linked.channelId());
        return linked;
    }

    /** The channel's orders in a fulfilment status, by id. */
    public List<Long> orders(long channelId, String status) {
        return longs("SELECT id FROM orders WHERE channel_id = ?1 AND fulfilment_status = ?2 ORDER BY id", channelId, status);
    }

    /** Order ids that have lines with a SKU, in the status. */
    public List<Long> ordersWithSkus(long channelId, String status) {
        return longs("""
                SELECT o.id FROM orders o WHERE o.channel_id = ?1 AND o.fulfilment_status = ?2
                AND EXISTS (SELECT 1 FROM order_line l WHERE l.order_id = o.id AND l.sku IS NOT NULL) ORDER BY o.id""",
                channelId, status);
    }

    public long onHand(long warehouseId, String sku) {
        return fixture.count("SELECT coalesce(sum(on_hand), 0) FROM stock_level WHERE warehouse_id = ?1 AND sku = ?2",
                warehouseId, sku);
    }

    public long allocated(long warehouseId, String sku) {
        return fixture.count("SELECT coalesce(sum(allocated), 0) FROM stock_level WHERE warehouse_id = ?1 AND sku = ?2",
                warehouseId, sku);
    }

    /** The first SKU of the order's lines. */
    public String firstSku(long orderId) {
        return text("SELECT sku FROM order_line WHERE order_id = ?1 AND sku IS NOT NULL ORDER BY line_number LIMIT 1", orderId);
    }

    /** A query's one text value. */
    public String text(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> (String) query(sql, params).getSingleResult());
    }

    /** Units of the SKU on the order's lines. */
    public long units(long orderId, String sku) {
        return fixture.count("SELECT coalesce(sum(quantity), 0) FROM order_line WHERE order_id = ?1 AND sku = ?2",
                orderId, sku);
    }

    public long ledgerMismatches() {
        return fixture.count(LEDGER_MISMATCHES);
    }

    public long count(String sql, Object... params) {
        return fixture.count(sql, params);
    }

    public int execute(String sql, Object... params) {
        return fixture.execute(sql, params);
    }

    @SuppressWarnings("unchecked")
    private List<Long> longs(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Number>) query(sql, params).getResultList())
                .stream().map(Number::longValue).toList());
    }

    private Query query(String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
