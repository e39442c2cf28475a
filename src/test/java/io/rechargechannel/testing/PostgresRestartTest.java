package io.rechargechannel.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test database's outage helpers leave nothing behind: after a stop, a start and the end of the test run the
 * data is gone, no restart log is left next to it and nothing was logged as an error (zonky logs
 * "Could not stop postmaster" with a stack trace when its own stop fails).
 */
class PostgresRestartTest {

    private static final List<String> PROPERTIES = List.of("test.postgres.data-dir", "test.postgres.port");

    private final Map<String, String> saved = new java.util.HashMap<>();
    private final List<LogRecord> problems = new CopyOnWriteArrayList<>();
    private final Logger zonky = Logger.getLogger("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** The shared test database of the @QuarkusTest classes is found through these: keep them as they were. */
    @BeforeEach
    void keepSharedServerProperties() {
        PROPERTIES.forEach(p -> saved.put(p, System.getProperty(p)));
        zonky.addHandler(capture);
    }

    @AfterEach
    void restoreSharedServerProperties() {
        zonky.removeHandler(capture);
        saved.forEach((p, v) -> {
            if (v == null) {
                System.clearProperty(p);
            } else {
                System.setProperty(p, v);
            }
        });
    }

    @Test
    void aRestartedServerStopsCleanlyAndLeavesNothingBehind() throws SQLException, IOException {
        PostgresTestResource resource = new PostgresTestResource();
        String url = resource.start().get("quarkus.datasource.jdbc.url");
        Path dataDir = Path.of(System.getProperty("test.postgres.data-dir"));
        execute(url, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)");

        PostgresTestResource.stopServer();
        PostgresTestResource.startServer();
        assertThat(count(url, "SELECT count(*) FROM kept WHERE id = 7")).isEqualTo(1);
        resource.stop();

        assertThat(problems).extracting(LogRecord::getMessage).isEmpty();
        assertThat(dataDir).doesNotExist();
        try (var siblings = Files.list(dataDir.getParent())) {
            assertThat(siblings.map(Path::getFileName).map(Path::toString))
                    .noneMatch(name -> name.startsWith(dataDir.getFileName().toString()));
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
