package io.rechargechannel.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every instance's one {@code LISTEN order_changes} connection: the orders' trigger (V21) notifies on commit,
 * whichever instance or program wrote, and this feed hands the changes to its subscribers (the open boards'
 * event streams). A connection of its own, outside the pool, on a daemon thread that connects again after a
 * failure and then tells subscribers there was a gap (what was missed must be read again).
 */
@ApplicationScoped
public class OrderFeed {

    /** What a subscriber hears: changed orders, or that some may have been missed. */
    public interface Subscriber {
        void changed(List<OrderChange> changes);

        void gap();
    }

    static final String CHANNEL = "order_changes";

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ObjectMapper json = new ObjectMapper();
    private final LiveConfig config;
    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    OrderFeed(LiveConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
              @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
              @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.config = config;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent start) {
        if (!config.enabled()) {
            Log.info("Live board off (orders.live.enabled=false): no LISTEN connection");
            return;
        }
        running = true;
        thread = new Thread(this::run, "order-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    public void subscribe(Subscriber subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /** Whether the LISTEN connection is up now. */
    public boolean listening() {
        return listening;
    }

    private void run() {
        boolean connectedBefore = false;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                if (connectedBefore) {
                    Log.info("Live board: listening for order changes again");
                    subscribers.forEach(Subscriber::gap);
                }
                connectedBefore = true;
                listen(connection.unwrap(PGConnection.class));
            } catch (SQLException e) {
                if (running) {
                    Log.warnf("Live board: the LISTEN connection failed (%s); connecting again in %s", e.getMessage(),
                            config.reconnectDelay());
                }
            } finally {
                listening = false;
            }
            pause();
        }
    }

    private Connection connect() throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        user.ifPresent(name -> properties.setProperty("user", name));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "recharge-channel live board");
        return DriverManager.getConnection(url, properties);
    }

    private void listen(PGConnection connection) throws SQLException {
        int timeout = (int) config.pollTimeout().toMillis();
        while (running) {
            PGNotification[] notifications = connection.getNotifications(timeout);
            if (notifications == null) {
                continue;
            }
            for (PGNotification notification : notifications) {
                publish(parse(notification.getParameter()));
            }
        }
    }

    private List<OrderChange> parse(String payload) {
        List<OrderChange> changes = new ArrayList<>();
        try {
            for (JsonNode row : json.readTree(payload)) {
                changes.add(new OrderChange(row.get(0).asLong(), row.get(1).asLong(), row.get(2).asText(),
                        row.get(3).asText()));
            }
        } catch (java.io.IOException | RuntimeException e) {
            Log.warnf("Live board: a notification could not be read (%s)", e.getMessage());
        }
        return changes;
    }

    private void publish(List<OrderChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        for (Subscriber subscriber : subscribers) {
            try {
                subscriber.changed(changes);
            } catch (RuntimeException e) {
                Log.warnf("Live board: a subscriber failed on %d changes (%s)", changes.size(), e.getMessage());
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.reconnectDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
