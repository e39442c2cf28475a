package io.rechargechannel.bench;

import io.rechargechannel.orders.BoardQuery;
import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.OrderBoard;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Scenario 7: the board's queries over 100,000 orders (a page of 50 and the tabs' counts, as the page and the
 * API ask them), each timed many times: every tab, every filter, search by number, name, email and SKU; and the
 * same searches as a plain {@code LIKE '%…%'} scan without the trigram indexes, side by side. The orders are
 * written straight into the tables (a channel of their own), shaped like the sandbox's.
 */
final class BoardScenario {

    /** The email of order 4242 as {@link #seed} writes it. */
    private static final String EMAIL = "o4242.";
    private static final String FIRST = "ARRAY['Amelia','Oliver','Isla','George','Ava','Noah','Mia','Leo','Ivy','Jack',"
            + "'Emma','Lukas','Sofia','Liam','Chloe','Mateo','Zara','Hugo','Nora','Felix','Ella','Theo','Lily','Omar',"
            + "'Grace','Ravi','Anna','Kai','Ruby','Finn','Maya','Sami','Clara','Arlo','Iris','Ezra','Lena','Milo','Aria','Otto']";
    private static final String LAST = "ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies',"
            + "'Patel','Robinson','Wright','Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson',"
            + "'Clarke','Nguyen','Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Dubois','Martin',"
            + "'Bernard','Moreau','Laurent','Garcia','Rossi','Russo','Ferrari','Esposito','Bianchi','Kowalski','Nowak',"
            + "'Jansen','de Vries','van Dijk','Bakker','Visser','Smit','Meijer','O''Brien','Murphy','Kelly','Byrne','Ryan',"
            + "'Walsh','Chen','Wang','Kim','Singh']";
    private static final String DOMAINS = "ARRAY['gmail.com','outlook.com','yahoo.co.uk','icloud.com','hotmail.com','web.de','orange.fr']";

    private static final String SCENARIO = "7 board queries at %s orders (page of 50 + tab counts, p95 goal 50 ms)";

    private final Bench bench;
    private final OrderBoard board;
    private final DataSource dataSource;

    BoardScenario(Bench bench, OrderBoard board, DataSource dataSource) {
        this.bench = bench;
        this.board = board;
        this.dataSource = dataSource;
    }

    void run() throws SQLException {
        int orders = Integer.getInteger("bench.board.orders", 100_000);
        int reps = Integer.getInteger("bench.board.reps", 40);
        String scenario = String.format(SCENARIO, Figure.format(orders));
        long channel = seed(orders);
        Map<String, BoardQuery> queries = new LinkedHashMap<>();
        queries.put("all, newest first", query(channel, null, false, null, null, null));
        for (FulfilmentStatus status : FulfilmentStatus.values()) {
            queries.put("tab " + status.label(), query(channel, status, false, null, null, null));
        }
        queries.put("attention lane", query(channel, null, true, null, null, null));
        Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
        queries.put("filter: last 7 days", query(channel, null, false, now.minus(7, ChronoUnit.DAYS), null, null));
        queries.put("filter: channel + Allocated + 30 days", query(channel, FulfilmentStatus.ALLOCATED, false,
                now.minus(30, ChronoUnit.DAYS), now, null));
        queries.put("search: order number", query(channel, null, false, null, null, "#" + (1_000_000 + orders / 3)));
        queries.put("search: customer name (last name, 1 in 60 orders)", query(channel, null, false, null, null, "Nguyen"));
        queries.put("search: customer full name", query(channel, null, false, null, null, "Leo Walker"));
        queries.put("search: email (a part unique to one order)", query(channel, null, false, null, null, EMAIL));
        queries.put("search: SKU", query(channel, null, false, null, null, "BEAN-0042"));
        for (Map.Entry<String, BoardQuery> q : queries.entrySet()) {
            List<Double> millis = time(reps, () -> board.read(q.getValue()));
            bench.add(Figure.atMost(scenario, q.getKey() + ", p95", Stats.percentile(millis, 95), "ms", 50));
            bench.add(Figure.info(scenario, q.getKey() + ", p50", Stats.median(millis), "ms"));
        }
        for (String[] like : new String[][] {{"number", "#" + (1_000_000 + orders / 3)}, {"name", "nguyen"},
                {"email", EMAIL}, {"SKU", "bean-0042"}}) {
            List<Double> millis = time(Math.max(5, reps / 4), () -> plainLike(channel, like[1]));
            bench.add(Figure.info(scenario, "plain LIKE scan (no trigram index): " + like[0] + ", p50",
                    Stats.median(millis), "ms"));
            bench.add(Figure.info(scenario, "plain LIKE scan (no trigram index): " + like[0] + ", p95",
                    Stats.percentile(millis, 95), "ms"));
        }
    }

    private static BoardQuery query(long channel, FulfilmentStatus status, boolean attention, Instant from,
                                    Instant to, String q) {
        return new BoardQuery(channel, status, attention, from, to, q, null, 0, 50);
    }

    private static List<Double> time(int reps, Supplier<?> query) {
        query.get();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            long started = System.nanoTime();
            query.get();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return millis;
    }

    /** The obvious way: ILIKE over the columns and the lines, with no index to help it. */
    private Object plainLike(long channel, String text) {
        String pattern = "%" + text.replace("#", "") + "%";
        String sql = "SELECT o.id FROM orders o WHERE o.channel_id = ? AND (o.external_order_name ILIKE ? "
                + "OR o.first_name || ' ' || o.last_name ILIKE ? OR o.customer_email ILIKE ? OR EXISTS (SELECT 1 "
                + "FROM order_line l WHERE l.order_id = o.id AND l.sku ILIKE ?)) ORDER BY o.placed_at DESC, o.id DESC LIMIT 50";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, channel);
            for (int i = 2; i <= 5; i++) {
                s.setString(i, pattern);
            }
            int n = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A channel with {@code orders} orders of 1-4 lines over 90 days; statuses and attention as on a real floor. */
    private long seed(int orders) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE orders DISABLE TRIGGER orders_notify_insert");
            s.execute("INSERT INTO sales_channel (name, kind, active, access_token_ciphertext, token_last4, warehouse_id, "
                    + "status_changed_at, created_at, updated_at) SELECT 'Board bench ' || extract(epoch FROM now())::bigint, "
                    + "'RECHARGE', false, 'x', 'xxxx', id, now(), now(), now() FROM warehouse ORDER BY id LIMIT 1");
            long channel;
            try (ResultSet rs = s.executeQuery("SELECT max(id) FROM sales_channel")) {
                rs.next();
                channel = rs.getLong(1);
            }
            s.execute("""
                    INSERT INTO orders (channel_id, recharge_order_id, external_order_id, external_order_number,
                        external_order_name, recharge_status, customer_email, first_name, last_name, ship_address1,
                        ship_city, ship_zip, ship_country_code, created_at, updated_at, content_hash, fulfilment_status,
                        released_at, needs_attention, attention_reason, imported_at, last_synced_at)
                    SELECT %d, 500000000 + g, 'ext' || g, (1000000 + g)::text, '#' || (1000000 + g), 'success',
                        lower((%s)[1 + (g * 7) %% 40]) || '.o' || g || '.' || (g %% 89) || '@' || (%s)[1 + g %% 7],
                        (%s)[1 + (g * 7) %% 40], (%s)[1 + (g * 13) %% 60], g || ' High St',
                        'Leeds', 'LS1 1AA', 'GB', now() - (g * interval '77 seconds'), now(), md5(g::text),
                        (ARRAY['ALLOCATED','ALLOCATED','ALLOCATED','NEW','ON_HOLD','SCHEDULED','DESPATCHED','DESPATCHED',
                               'DESPATCHED','CANCELLED'])[1 + g %% 10],
                        now(), g %% 40 = 0, CASE WHEN g %% 40 = 0 THEN 'Not enough stock: BEAN-0001 needs 1, 0 available' END,
                        now(), now()
                    FROM generate_series(1, %d) g""".formatted(channel, FIRST, DOMAINS, FIRST, LAST, orders));
            s.execute("""
                    INSERT INTO order_line (order_id, line_number, sku, title, quantity)
                    SELECT o.id, n, 'BEAN-' || lpad(((o.id * 7 + n * 13) %% 200)::text, 4, '0'), 'Coffee beans', 1 + n %% 3
                    FROM orders o, generate_series(1, 4) n
                    WHERE o.channel_id = %d AND n <= 1 + o.id %% 4""".formatted(channel));
            s.execute("ALTER TABLE orders ENABLE TRIGGER orders_notify_insert");
            // As autovacuum would soon after a backfill: statistics, and the visibility map for index-only scans.
            c.setAutoCommit(true);
            s.execute("VACUUM ANALYZE orders");
            s.execute("VACUUM ANALYZE order_line");
            return channel;
        }
    }
}
