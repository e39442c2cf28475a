package io.rechargechannel.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.SandboxChannels;
import io.rechargechannel.testing.TestUsers;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live board's events: what another instance commits (here a plain JDBC writer on a connection of its own,
 * as any other instance or program would be) reaches an event stream open on this one, and so do this instance's
 * imports and holds; a client that went away is dropped.
 */
@QuarkusTest
class LiveEventsTest {

    @TestHTTPResource("/api/orders/events")
    URL events;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String jdbcUser;

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Inject
    LiveOrders live;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aChangeCommittedByAnotherWriterReachesAStreamOnThisInstance() throws Exception {
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Live other", 5, 2).withSeed(31), true);
        try (EventStream stream = EventStream.open(events)) {
            sync.run(linked.channelId(), SyncTrigger.MANUAL);
            // The stream carries every channel's changes (other tests' channels sync on their own ticks), so the
            // test reads the events of this channel's orders only.
            Set<Long> ours = orderIds(linked.channelId());
            assertThat(ours).hasSize(5);
            List<JsonNode> imported = stream.orders(ours::contains, 5);
            stream.ordersWithin(ours::contains, Duration.ofSeconds(1)); // the attention reasons judged in the same import
            assertThat(imported).extracting(e -> e.get("change").asText()).isSubsetOf("imported", "attention");
            long id = imported.get(0).get("id").asLong();

            try (Connection other = DriverManager.getConnection(jdbcUrl, jdbcUser, "")) {
                other.setAutoCommit(false);
                try (PreparedStatement s = other.prepareStatement("UPDATE orders SET note = 'from elsewhere' WHERE id = ?")) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
                assertThat(stream.ordersWithin(o -> o == id, Duration.ofMillis(700))).as("nothing before the commit").isEmpty();
                other.commit();
            }
            JsonNode updated = stream.orders(o -> o == id, 1).get(0);
            assertThat(updated.get("change").asText()).isEqualTo("updated");
            assertThat(updated.get("rechargeOrderId").asLong()).isPositive();
            assertThat(updated.get("fulfilmentStatus").asText()).isNotBlank();

            given().contentType(ContentType.JSON).body(Map.of("reason", "Check address")).post("/api/orders/" + id + "/hold")
                    .then().statusCode(200);
            JsonNode held = stream.orders(o -> o == id, 1).get(0);
            assertThat(held.get("change").asText()).isEqualTo("held");
            assertThat(held.get("fulfilmentStatus").asText()).isEqualTo("ON_HOLD");
        }
    }

    private Set<Long> orderIds(long channelId) throws Exception {
        Set<Long> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, jdbcUser, "");
             PreparedStatement s = c.prepareStatement("SELECT id FROM orders WHERE channel_id = ?")) {
            s.setLong(1, channelId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    @Test
    void aClientThatWentAwayIsDropped() throws Exception {
        int before = live.openStreams();
        // A raw socket, so that closing it surely ends the connection, as a closed laptop lid does.
        java.net.Socket socket = rawStream();
        await().atMost(5, TimeUnit.SECONDS).until(() -> live.openStreams() == before + 1);
        socket.close();
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Live gone", 3, 2).withSeed(32), true);
        await().atMost(20, TimeUnit.SECONDS).until(() -> {
            fixture.execute("UPDATE orders SET note = 'poke' WHERE channel_id = ?1", linked.channelId());
            sync.run(linked.channelId(), SyncTrigger.MANUAL);
            return live.openStreams() <= before;
        });
    }

    @Test
    void anIdleStreamGetsHeartbeatsAndOneWhoseClientIsGoneIsDroppedByThemAlone() throws Exception {
        try (EventStream stream = EventStream.open(events)) {
            assertThat(stream.commentWithin(Duration.ofSeconds(5))).as("the first comment, sent at once").isEqualTo("connected");
            live.heartbeat(); // the scheduled one (every 2 s in tests) may come first: either is a heartbeat
            assertThat(stream.commentWithin(Duration.ofSeconds(5))).isEqualTo("heartbeat");
            // Other tests' orders may change meanwhile: only an event that names no order would be the heartbeat's.
            assertThat(stream.ordersWithin(o -> false, Duration.ofMillis(100))).as("a heartbeat is no order event").isEmpty();
        }

        int before = live.openStreams();
        java.net.Socket socket = rawStream();
        await().atMost(5, TimeUnit.SECONDS).until(() -> live.openStreams() == before + 1);
        socket.close();
        // No order changes here: only the heartbeat writes to the stream, and its failed write drops it.
        await().atMost(20, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(200)).until(() -> {
            live.heartbeat();
            return live.openStreams() <= before;
        });
    }

    @Test
    void theHeartbeatRunsOnItsOwnEveryFewSeconds() throws Exception {
        // The test profile beats every 2 s (orders.live.heartbeat); production every 15 s, well inside the
        // idle timeouts of proxies and load balancers (60 s and more).
        try (EventStream stream = EventStream.open(events)) {
            assertThat(stream.commentWithin(Duration.ofSeconds(5))).isEqualTo("connected");
            assertThat(stream.commentWithin(Duration.ofSeconds(6))).isEqualTo("heartbeat");
        }
    }

    private java.net.Socket rawStream() throws java.io.IOException {
        java.net.Socket socket = new java.net.Socket(events.getHost(), events.getPort());
        String basic = Base64.getEncoder().encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().write(("GET " + events.getPath() + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: text/event-stream\r\nAuthorization: Basic " + basic + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        return socket;
    }

    /** An SSE client reading the stream on a thread of its own. */
    static final class EventStream implements AutoCloseable {

        private final LinkedBlockingQueue<String> orderData = new LinkedBlockingQueue<>();
        private final LinkedBlockingQueue<String> comments = new LinkedBlockingQueue<>();
        private final InputStream body;
        private final Thread reader;

        private EventStream(InputStream body) {
            this.body = body;
            this.reader = new Thread(this::read, "sse-test-client");
            reader.setDaemon(true);
            reader.start();
        }

        static EventStream open(URL url) throws Exception {
            String basic = Base64.getEncoder().encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.toString()))
                    .header("Authorization", "Basic " + basic).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
            EventStream stream = new EventStream(response.body());
            return stream;
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String event = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(":")) {
                        comments.add(line.substring(1).strip());
                    } else if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:") && "order".equals(event)) {
                        orderData.add(line.substring(5).strip());
                    } else if (line.isEmpty()) {
                        event = null;
                    }
                }
            } catch (java.io.IOException closed) {
                // the test closed the stream
            }
        }

        /** The first {@code atLeast} order events of the orders {@code of} accepts; others are skipped. */
        List<JsonNode> orders(LongPredicate of, int atLeast) throws Exception {
            List<JsonNode> received = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (received.size() < atLeast && System.nanoTime() < deadline) {
                String data = orderData.poll(200, TimeUnit.MILLISECONDS);
                if (data != null) {
                    JsonNode event = new ObjectMapper().readTree(data);
                    if (of.test(event.get("id").asLong())) {
                        received.add(event);
                    }
                }
            }
            assertThat(received).as("order events received").hasSizeGreaterThanOrEqualTo(atLeast);
            return received;
        }

        /** The next comment line (": heartbeat") within the wait, else null. */
        String commentWithin(Duration wait) throws InterruptedException {
            return comments.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** The order events of the orders {@code of} accepts, and any that names no order, arriving within the wait. */
        List<JsonNode> ordersWithin(LongPredicate of, Duration wait) throws Exception {
            List<JsonNode> received = new ArrayList<>();
            long deadline = System.nanoTime() + wait.toNanos();
            for (long left = wait.toNanos(); left > 0; left = deadline - System.nanoTime()) {
                String data = orderData.poll(left, TimeUnit.NANOSECONDS);
                if (data != null) {
                    JsonNode event = new ObjectMapper().readTree(data);
                    if (!event.hasNonNull("id") || of.test(event.get("id").asLong())) {
                        received.add(event);
                    }
                }
            }
            return received;
        }

        @Override
        public void close() throws Exception {
            body.close();
            reader.interrupt();
        }
    }
}
