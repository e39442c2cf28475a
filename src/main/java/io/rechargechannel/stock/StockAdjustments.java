package io.rechargechannel.stock;

import io.quarkus.logging.Log;
import io.rechargechannel.audit.CurrentActor;
import io.rechargechannel.channel.Warehouse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Goods received and stock counts: on hand changed by a person, with a reason, as one ledger row each. */
@ApplicationScoped
public class StockAdjustments {

    /** What an adjustment did: the movement's deltas and the level after it. */
    public record Result(long movementId, MovementKind kind, int onHandDelta, int onHand, int allocated, int available) {
    }

    private static final String KNOWN_SKU = """
            SELECT EXISTS (SELECT 1 FROM stock_level WHERE warehouse_id = ? AND sku = ?)
                OR EXISTS (SELECT 1 FROM product_variant WHERE sku = ?)""";

    private final DataSource dataSource;
    private final StockBook book;
    private final CurrentActor actor;
    private final Clock clock;

    StockAdjustments(DataSource dataSource, StockBook book, CurrentActor actor, Clock clock) {
        this.dataSource = dataSource;
        this.book = book;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public Result adjust(Adjustment adjustment) {
        adjustment.check();
        long warehouseId = adjustment.warehouseId();
        String sku = adjustment.sku().strip();
        if (Warehouse.byId(warehouseId).isEmpty()) {
            throw StockProblem.notFound("warehouseId", "There is no warehouse " + warehouseId);
        }
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            if (!known(connection, warehouseId, sku)) {
                throw StockProblem.notFound("sku", "No product or stock has the SKU " + sku
                        + ": a SKU is known once a product or an order with it is synced");
            }
            book.ensure(connection, warehouseId, sku, now);
            int onHand = lockedOnHand(connection, warehouseId, sku);
            MovementKind kind = adjustment.isCount() ? MovementKind.COUNT : MovementKind.RECEIPT;
            int delta = adjustment.isCount() ? adjustment.countedOnHand() - onHand : adjustment.quantity();
            book.apply(connection, List.of(new StockMove(warehouseId, sku, kind, delta, 0,
                    adjustment.reason().strip(), null)), actor.name(), now);
            Log.infof("Stock of %s in warehouse %d: %s, on hand %+d by %s", sku, warehouseId, kind, delta, actor.name());
            return result(connection, warehouseId, sku, kind, delta);
        } catch (SQLException e) {
            throw new IllegalStateException("Adjusting stock of " + sku + " in warehouse " + warehouseId + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static boolean known(Connection connection, long warehouseId, String sku) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(KNOWN_SKU)) {
            s.setLong(1, warehouseId);
            s.setString(2, sku);
            s.setString(3, sku);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * On hand now, the row (made first if new) locked so that a count's difference is taken from what it replaces:
     * two counts of a new SKU side by side end at the last one, not at their sum.
     */
    private static int lockedOnHand(Connection connection, long warehouseId, String sku) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT on_hand FROM stock_level WHERE warehouse_id = ? AND sku = ? FOR UPDATE")) {
            s.setLong(1, warehouseId);
            s.setString(2, sku);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Result result(Connection connection, long warehouseId, String sku, MovementKind kind, int delta)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT (SELECT max(id) FROM stock_movement WHERE warehouse_id = l.warehouse_id AND sku = l.sku),
                       on_hand, allocated, available FROM stock_level l WHERE warehouse_id = ? AND sku = ?""")) {
            s.setLong(1, warehouseId);
            s.setString(2, sku);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Result(rs.getLong(1), kind, delta, rs.getInt(2), rs.getInt(3), rs.getInt(4));
            }
        }
    }
}
