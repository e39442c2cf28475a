package io.rechargechannel.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * What PostgreSQL's busy backends were doing around one scenario ({@code -Dbench.jfr=true}): {@code pg_stat_activity}
 * sampled every 100 ms, counted by wait event and statement start, the most frequent noted with the results.
 */
final class BackendWaits implements AutoCloseable {

    private final Bench bench;
    private final String scenario;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private int samples;

    private BackendWaits(Bench bench, String scenario, DataSource dataSource) {
        this.bench = bench;
        this.scenario = scenario;
        this.sampler = new Thread(() -> sample(dataSource), "bench-backend-waits");
        sampler.setDaemon(true);
        sampler.start();
    }

    static AutoCloseable around(Bench bench, String scenario, DataSource dataSource) {
        return Boolean.getBoolean("bench.jfr") ? new BackendWaits(bench, scenario, dataSource) : () -> { };
    }

    private void sample(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            while (running) {
                try (ResultSet rs = s.executeQuery("SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') || ' | '"
                        + " || left(regexp_replace(query, '\\s+', ' ', 'g'), 70) FROM pg_stat_activity "
                        + "WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'")) {
                    synchronized (counts) {
                        samples++;
                        while (rs.next()) {
                            counts.merge(rs.getString(1), 1, Integer::sum);
                        }
                    }
                }
                Thread.sleep(100);
            }
        } catch (Exception e) {
            bench.note(scenario, "backend sampling stopped: " + e.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join(2000);
        synchronized (counts) {
            StringBuilder top = new StringBuilder("busy PostgreSQL backends over " + samples + " samples:");
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .forEach(e -> top.append("\n  - ").append(e.getValue()).append(" × ").append(e.getKey()));
            bench.note(scenario, top.toString());
        }
    }
}
