package io.rechargechannel.orders;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The orders board, read straight from PostgreSQL: newest first, a page at a time, with the count of every
 * status tab and of the attention lane under the same filters. Every query is served by an index (V20): the
 * newest-first btree indexes for the tabs and filters, trigram indexes for the search box.
 */
@ApplicationScoped
public class OrderBoard {

    /** One page of the board and the counts of its tabs. */
    public record Board(List<BoardRow> rows, BoardCounts counts, long total, BoardQuery query) {
    }

    private static final String COLUMNS = """
            o.id, o.channel_id, o.recharge_order_id, o.external_order_number, o.external_order_name, o.first_name,
            o.last_name, o.customer_email, o.fulfilment_status, o.attention_reason, o.attention_since, o.hold_reason,
            o.placed_at, o.ship_country_code,
            (SELECT string_agg(l.quantity || ' × ' || coalesce(l.sku, '(no SKU)'), ', ' ORDER BY l.line_number)
             FROM order_line l WHERE l.order_id = o.id),
            (SELECT coalesce(sum(l.quantity), 0) FROM order_line l WHERE l.order_id = o.id)""";

    /** More matches than this are not collected once but searched by each statement. */
    static final int MAX_MATCHES = 20_000;

    private final DataSource dataSource;

    OrderBoard(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Board read(BoardQuery query) {
        try (Connection connection = dataSource.getConnection()) {
            java.sql.Array matches = matches(connection, query);
            BoardCounts counts = counts(connection, query, matches);
            return new Board(rows(connection, query, matches), counts, counts.total(query), query);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the orders board failed: " + e.getMessage(), e);
        }
    }

    /** The rows alone, without the counts: for the attention lane above the board. */
    public List<BoardRow> rowsOnly(BoardQuery query) {
        try (Connection connection = dataSource.getConnection()) {
            return rows(connection, query, matches(connection, query));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the orders board failed: " + e.getMessage(), e);
        }
    }

    /**
     * The orders the search text matches, found once per call for the page and both counts; null when there is no
     * search, or when it matches more than {@link #MAX_MATCHES} orders (then each statement searches for itself).
     */
    private static java.sql.Array matches(Connection connection, BoardQuery query) throws SQLException {
        if (query.searchText() == null) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(BoardFilter.SEARCH + " LIMIT " + (MAX_MATCHES + 1))) {
            String pattern = BoardFilter.pattern(query.searchText());
            s.setString(1, pattern);
            s.setString(2, pattern);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids.size() > MAX_MATCHES ? null : connection.createArrayOf("bigint", ids.toArray());
    }

    private static List<BoardRow> rows(Connection connection, BoardQuery query, java.sql.Array matches)
            throws SQLException {
        BoardFilter filter = BoardFilter.of(query, true, matches);
        String sql = "SELECT " + COLUMNS + " FROM (SELECT * FROM orders o WHERE " + filter.sql()
                + " ORDER BY o.placed_at DESC, o.id DESC LIMIT ? OFFSET ?) o ORDER BY o.placed_at DESC, o.id DESC";
        List<BoardRow> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int next = filter.bind(s, 1);
            s.setInt(next, query.size());
            s.setLong(next + 1, (long) query.page() * query.size());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        return rows;
    }

    private static BoardRow row(ResultSet rs) throws SQLException {
        String first = rs.getString(6);
        String last = rs.getString(7);
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return new BoardRow(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                Order.numberOf(rs.getString(5), rs.getString(4), rs.getLong(3)), name, rs.getString(8),
                rs.getString(15) == null ? "" : rs.getString(15), rs.getInt(16), FulfilmentStatus.valueOf(rs.getString(9)),
                rs.getString(10), instant(rs, 11), rs.getString(12), instant(rs, 13), rs.getString(14));
    }

    /**
     * Two counts per status: all orders, and those needing attention. Apart, each is served by an index alone:
     * the (channel, status) btree for the first (an index-only scan), the partial attention index for the second;
     * together, with {@code FILTER (WHERE needs_attention)}, PostgreSQL read every row of the table.
     */
    private static BoardCounts counts(Connection connection, BoardQuery query, java.sql.Array matches)
            throws SQLException {
        BoardFilter filter = BoardFilter.of(query, false, matches);
        BoardCounts counts = BoardCounts.empty();
        count(connection, filter, "", counts.perStatus());
        count(connection, filter, " AND o.needs_attention", counts.attentionPerStatus());
        return counts;
    }

    private static void count(Connection connection, BoardFilter filter, String and,
                              java.util.Map<FulfilmentStatus, Long> into) throws SQLException {
        String sql = "SELECT o.fulfilment_status, count(*) FROM orders o WHERE " + filter.sql() + and
                + " GROUP BY o.fulfilment_status";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            filter.bind(s, 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    into.put(FulfilmentStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
        }
    }

    private static java.time.Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A board query's WHERE clause and its parameters. */
    record BoardFilter(String sql, List<Object> params) {

        /** Parameters: the LIKE pattern twice. */
        static final String SEARCH = "SELECT s.id FROM orders s WHERE s.search_text LIKE ? "
                + "UNION SELECT l.order_id FROM order_line l WHERE lower(l.sku) LIKE ?";

        static String pattern(String text) {
            return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }

        static BoardFilter of(BoardQuery query, boolean withTab, java.sql.Array matches) {
            List<String> where = new ArrayList<>(List.of("TRUE"));
            List<Object> params = new ArrayList<>();
            if (query.channelId() != null) {
                where.add("o.channel_id = ?");
                params.add(query.channelId());
            }
            if (withTab && query.status() != null) {
                where.add("o.fulfilment_status = ?");
                params.add(query.status().name());
            }
            if (withTab && query.attention()) {
                where.add("o.needs_attention");
            }
            if (query.from() != null) {
                where.add("o.placed_at >= ?");
                params.add(query.from().atOffset(ZoneOffset.UTC));
            }
            if (query.to() != null) {
                where.add("o.placed_at < ?");
                params.add(query.to().atOffset(ZoneOffset.UTC));
            }
            if (query.updatedSince() != null) {
                where.add("o.updated_at >= ?");
                params.add(query.updatedSince().atOffset(ZoneOffset.UTC));
            }
            if (matches != null) {
                where.add("o.id = ANY (?)");
                params.add(matches);
            } else if (query.searchText() != null) {
                String pattern = pattern(query.searchText());
                where.add("o.id IN (" + SEARCH + ")");
                params.add(pattern);
                params.add(pattern);
            }
            return new BoardFilter(String.join(" AND ", where), params);
        }

        int bind(PreparedStatement s, int from) throws SQLException {
            int index = from;
            for (Object param : params) {
                s.setObject(index++, param);
            }
            return index;
        }
    }
}
