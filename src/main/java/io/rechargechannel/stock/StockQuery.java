package io.rechargechannel.stock;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Stock levels and ledger rows as people look for them: per warehouse, by SKU, by words of the title. */
@ApplicationScoped
public class StockQuery {

    /** A page of rows and how many there are in all. */
    public record Found<T>(List<T> items, long total) {
    }

    private static final String LEVELS = """
            SELECT l.warehouse_id, l.sku, t.title, l.on_hand, l.allocated, l.available, m.at, count(*) OVER ()
            FROM stock_level l
            LEFT JOIN LATERAL (SELECT max(at) AS at FROM stock_movement m
                               WHERE m.warehouse_id = l.warehouse_id AND m.sku = l.sku) m ON true
            LEFT JOIN LATERAL (SELECT p.title || coalesce(' – ' || nullif(v.title, 'Default Title'), '') AS title
                               FROM product_variant v JOIN product p ON p.id = v.product_id
                               WHERE v.sku = l.sku ORDER BY v.id LIMIT 1) t ON true
            WHERE (?::bigint IS NULL OR l.warehouse_id = ?)
              AND (?::varchar IS NULL OR l.sku = ?)
              AND (?::varchar IS NULL OR l.sku ILIKE ? OR t.title ILIKE ?)
            ORDER BY l.warehouse_id, l.sku
            LIMIT ? OFFSET ?""";

    private final DataSource dataSource;

    StockQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Levels, by warehouse and SKU. Null filters are left out; {@code words} matches a part of the SKU or title.
     */
    public Found<StockRow> levels(Long warehouseId, String sku, String words, int page, int size) {
        String like = words == null || words.isBlank() ? null : "%" + escaped(words.strip()) + "%";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement s = connection.prepareStatement(LEVELS)) {
            s.setObject(1, warehouseId, Types.BIGINT);
            s.setObject(2, warehouseId, Types.BIGINT);
            s.setString(3, sku);
            s.setString(4, sku);
            s.setString(5, like);
            s.setString(6, like);
            s.setString(7, like);
            s.setInt(8, size);
            s.setLong(9, (long) page * size);
            List<StockRow> rows = new ArrayList<>();
            long total = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime at = rs.getObject(7, OffsetDateTime.class);
                    rows.add(new StockRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6), at == null ? null : at.toInstant()));
                    total = rs.getLong(8);
                }
            }
            boolean pastTheEnd = rows.isEmpty() && page > 0;
            return new Found<>(rows, pastTheEnd ? levels(warehouseId, sku, words, 0, 1).total() : total);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading stock levels failed: " + e.getMessage(), e);
        }
    }

    /** Ledger rows, newest first; null filters are left out. */
    public Found<StockMovement> movements(Long warehouseId, String sku, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (warehouseId != null) {
            where.append(" and warehouseId = :warehouse");
            params.and("warehouse", warehouseId);
        }
        if (sku != null && !sku.isBlank()) {
            where.append(" and sku = :sku");
            params.and("sku", sku.strip());
        }
        var query = StockMovement.<StockMovement>find(where.toString(), Sort.descending("at", "id"), params)
                .page(Page.of(page, size));
        return new Found<>(query.list(), query.count());
    }

    private static String escaped(String words) {
        return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
