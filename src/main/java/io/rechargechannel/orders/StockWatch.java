package io.rechargechannel.orders;

import io.quarkus.logging.Log;
import io.rechargechannel.audit.CurrentActor;
import io.rechargechannel.stock.StockMoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stock moved (goods received, a count, a despatch): the open orders of that warehouse waiting for SKUs whose
 * available stock changed are judged again ("not enough stock" raised or cleared), inside the movement's own
 * transaction, and so are orders of those SKUs that still carry a reason and the orders the movements were for,
 * such as the orders a despatch has just sent, whose stock reasons go.
 */
@ApplicationScoped
class StockWatch {

    private static final String WAITING = """
            SELECT DISTINCT l.order_id FROM order_line l
            JOIN orders o ON o.id = l.order_id JOIN sales_channel c ON c.id = o.channel_id
            WHERE l.sku = ANY (?) AND c.warehouse_id = ?
              AND (o.fulfilment_status IN ('NEW', 'ALLOCATED', 'ON_HOLD') OR o.needs_attention)""";

    private final EntityManager em;
    private final DataSource dataSource;
    private final CurrentActor actor;
    private final Clock clock;

    StockWatch(EntityManager em, DataSource dataSource, CurrentActor actor, Clock clock) {
        this.em = em;
        this.dataSource = dataSource;
        this.actor = actor;
        this.clock = clock;
    }

    void onStockMoved(@Observes StockMoved moved) {
        if (moved.skus().isEmpty() && moved.orderIds().isEmpty()) {
            return;
        }
        em.flush();
        try (Connection connection = dataSource.getConnection()) {
            Set<Long> waiting = new TreeSet<>(moved.orderIds());
            if (!moved.skus().isEmpty()) {
                try (PreparedStatement s = connection.prepareStatement(WAITING)) {
                    s.setArray(1, connection.createArrayOf("varchar", moved.skus().toArray()));
                    s.setLong(2, moved.warehouseId());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            waiting.add(rs.getLong(1));
                        }
                    }
                }
            }
            int raised = AttentionRules.judge(connection, waiting, clock.instant(), actor.name());
            Log.debugf("Stock of %s moved in warehouse %d: %d orders judged again, %d reasons raised", moved.skus(),
                    moved.warehouseId(), waiting.size(), raised);
        } catch (SQLException e) {
            throw new IllegalStateException("Judging the orders waiting for " + moved.skus() + " in warehouse "
                    + moved.warehouseId() + " failed: " + e.getMessage(), e);
        }
    }
}
