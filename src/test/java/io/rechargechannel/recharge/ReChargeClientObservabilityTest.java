package io.rechargechannel.recharge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.recharge.StubReCharge.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What ops can see of ReCharge traffic: request lines in the log, meters; never the token. */
@QuarkusTest
class ReChargeClientObservabilityTest {

    @Inject
    ReChargeClient client;

    @Inject
    MeterRegistry registry;

    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logLines.add(record.getLevel() + " " + new java.util.logging.SimpleFormatter().formatMessage(record)
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger packageLogger = Logger.getLogger("io.rechargechannel.recharge");

    private Level levelBefore;

    StubReCharge stub;
    ReChargeCredentials credentials;

    @BeforeEach
    void setUp() throws IOException {
        levelBefore = packageLogger.getLevel();
        packageLogger.setLevel(Level.FINE);
        capture.setLevel(Level.ALL);
        packageLogger.addHandler(capture);
        stub = new StubReCharge();
        credentials = new ReChargeCredentials(stub.baseUrl(), "sk_1x1_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @AfterEach
    void tearDown() {
        packageLogger.removeHandler(capture);
        packageLogger.setLevel(levelBefore);
        stub.close();
    }

    @Test
    void everyRequestIsLoggedWithoutTheToken() {
        stub.on("/orders", Reply.ok(Fixtures.ordersPage(null)).withHeader("X-Request-Id", "req-abc"),
                Reply.status(503, "{\"errors\": \"token " + credentials.accessToken() + " upstream\"}"))
                .on("/token_information", Reply.status(401, "{\"errors\": \"bad " + credentials.accessToken() + "\"}"));

        client.nextOrdersPage(credentials, "cur", 5);
        Throwable rejected = catchThrowable(() -> client.tokenInformation(credentials));

        assertThat(logLines).anySatisfy(line -> assertThat(line)
                .contains("GET /orders?cursor=cur&limit=5").contains("200").contains("req-abc").contains(" ms"));
        assertThat(logLines).anySatisfy(line -> assertThat(line).contains("503"));
        assertThat(logLines).allSatisfy(line -> assertThat(line).doesNotContain(credentials.accessToken()));
        assertThat(rejected.getMessage()).doesNotContain(credentials.accessToken()).contains("****");
        assertThat(((ReChargeException) rejected).errorMessage().orElseThrow()).doesNotContain(credentials.accessToken());
    }

    @Test
    void metersCountRequestsByStatusThrottlesAndRetries() {
        double ok = count("recharge.requests", "200");
        double unavailable = count("recharge.requests", "503");
        double throttled = count("recharge.throttled", null);
        double retries = count("recharge.retries", null);
        stub.on("/orders", Reply.ok(Fixtures.ordersPage(null)), Reply.status(503, "{}"), Reply.throttled());

        client.nextOrdersPage(credentials, "c", 250);

        assertThat(count("recharge.requests", "200")).isEqualTo(ok + 1);
        assertThat(count("recharge.requests", "503")).isEqualTo(unavailable + 1);
        assertThat(count("recharge.throttled", null)).isEqualTo(throttled + 1);
        assertThat(count("recharge.retries", null)).isEqualTo(retries + 2);
        assertThat(registry.find("recharge.request.duration").timers()).isNotEmpty();
        assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().toString())
                .doesNotContain(credentials.accessToken()));
    }

    private double count(String name, String status) {
        var search = registry.find(name);
        if (status != null) {
            search = search.tag("status", status);
        }
        return search.counters().stream().mapToDouble(Counter::count).sum();
    }
}
