package io.rechargechannel.recharge;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.recharge.StubReCharge.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Transient failures are retried (test config: 6 attempts, 10-50 ms backoff, 100 ms after a 429). */
@QuarkusTest
class ReChargeClientRetryTest {

    private static final String PAGE = Fixtures.ordersPage("after", Fixtures.orderJson());

    @Inject
    ReChargeClient client;

    @Inject
    TokenLanes lanes;

    StubReCharge stub;
    ReChargeCredentials credentials;

    @BeforeEach
    void startStub() throws IOException {
        stub = new StubReCharge();
        credentials = credentialsFor(stub);
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }

    @Test
    void aThrottledRequestIsSentAgainWithTheSameCursor() {
        stub.on("/orders", Reply.ok(PAGE), Reply.throttled());

        OrderPage page = client.nextOrdersPage(credentials, "cursor-7", 250);

        assertThat(page.stats().attempts()).isEqualTo(2);
        assertThat(page.stats().throttled()).isEqualTo(1);
        assertThat(page.stats().waited()).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(stub.requests()).extracting(r -> r.query().get("cursor")).containsExactly("cursor-7", "cursor-7");
    }

    @Test
    void aThrottleFillsTheTokensBucket() {
        stub.on("/orders", Reply.ok(PAGE), Reply.throttled());

        client.nextOrdersPage(credentials, "c", 250);

        assertThat(lanes.of(credentials.accessToken()).bucket().level()).isGreaterThan(30);
    }

    @Test
    void theServersBucketCountWinsWhenFuller() {
        stub.on("/orders", Reply.ok(PAGE).withHeader("X-Recharge-Limit", "30/40"));

        client.nextOrdersPage(credentials, "c", 250);

        assertThat(lanes.of(credentials.accessToken()).bucket().level()).isBetween(29.0, 30.0);
    }

    @Test
    void serverErrorsAreRetriedUntilSuccess() {
        Reply unavailable = Reply.status(503, "{\"errors\": \"upstream timed out\"}");
        stub.on("/orders", Reply.ok(PAGE), unavailable, unavailable, unavailable);

        OrderPage page = client.nextOrdersPage(credentials, "c", 250);

        assertThat(page.stats().attempts()).isEqualTo(4);
        assertThat(page.stats().throttled()).isZero();
        assertThat(page.orders()).hasSize(1);
    }

    @Test
    void aTruncatedBodyIsRetried() {
        stub.on("/orders", Reply.ok(PAGE), Reply.truncated(PAGE));

        assertThat(client.nextOrdersPage(credentials, "c", 250).stats().attempts()).isEqualTo(2);
    }

    @Test
    void malformedJsonIsRetried() {
        stub.on("/orders", Reply.ok(PAGE), Reply.ok("{\"orders\": [{\"id\": 1,"));

        assertThat(client.nextOrdersPage(credentials, "c", 250).stats().attempts()).isEqualTo(2);
    }

    @Test
    void aBodyCutOffInTheMiddleOfTheOrdersArrayIsRetried() {
        String twoOrders = Fixtures.ordersPage("after", Fixtures.orderJson(), Fixtures.orderJson());
        String cut = twoOrders.substring(0, twoOrders.lastIndexOf("\"line_items\""));
        stub.on("/orders", Reply.ok(twoOrders), Reply.ok(cut));

        OrderPage page = client.nextOrdersPage(credentials, "c", 250);

        assertThat(page.stats().attempts()).isEqualTo(2);
        assertThat(page.orders()).hasSize(2).allMatch(WireRecord::ok);
    }

    @Test
    void aWellFormedBodyOfAnotherShapeIsNotRetried() {
        stub.on("/orders", Reply.ok("{\"customers\": []}"));

        WireShapeException shape = catchThrowableOfType(WireShapeException.class,
                () -> client.nextOrdersPage(credentials, "c", 250));

        assertThat(shape.getMessage()).contains("orders");
        assertThat(shape.stats()).hasValueSatisfying(stats -> assertThat(stats.attempts()).isEqualTo(1));
        assertThat(stub.requests()).hasSize(1);
        assertThat(client.circuitState(credentials)).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsRetried() {
        stub.on("/orders", Reply.ok(PAGE), Reply.slow(Duration.ofMillis(1500), PAGE));

        OrderPage page = client.nextOrdersPage(credentials, "c", 250);

        assertThat(page.stats().attempts()).isEqualTo(2);
    }

    @Test
    void persistentServerErrorsGiveUpWithinTheBudget() {
        stub.on("/store", Reply.status(500, "{\"error\": \"boom\"}"));
        long started = System.nanoTime();

        ReChargeUnavailableException unavailable = catchThrowableOfType(ReChargeUnavailableException.class,
                () -> client.store(credentials));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(unavailable.status()).isEqualTo(500);
        assertThat(unavailable.errorMessage()).contains("boom");
        assertThat(stub.requests()).hasSize(6);
    }

    /** Test profile: a 5 s budget per call, 700 ms read timeout, 100 ms after a 429, 10-50 ms backoff. */
    private static final Duration BUDGET = Duration.ofSeconds(5);
    /** An attempt already sent when the budget runs out may take its read timeout to end; nothing starts after. */
    private static final Duration LAST_ATTEMPT = Duration.ofMillis(700 + 500);

    /** A storm of 429s, then answers slower than the read timeout: the call still ends within its one budget. */
    @Test
    void failuresAfterAStormOf429sGetNoFreshBudget() {
        stub.on("/orders", Reply.throttled());
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        // The storm ends just before the budget does; from then on every answer is slower than the read timeout.
        later.schedule(() -> stub.on("/orders", Reply.slow(Duration.ofMillis(1500), PAGE)), 4300, TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        ReChargeUnavailableException gaveUp;
        try {
            gaveUp = catchThrowableOfType(ReChargeUnavailableException.class,
                    () -> client.nextOrdersPage(credentials, "c", 250));
        } finally {
            later.shutdownNow();
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET.plus(LAST_ATTEMPT));
        assertThat(gaveUp.stats()).hasValueSatisfying(stats -> assertThat(stats.throttled()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void serverErrorsBetween429sUseUpTheAttempts() {
        List<Reply> script = new ArrayList<>();
        for (int round = 0; round < 50; round++) {
            script.addAll(List.of(Reply.status(503, "{}"), Reply.status(503, "{}"), Reply.status(503, "{}"),
                    Reply.status(503, "{}"), Reply.status(503, "{}"), Reply.throttled()));
        }
        stub.on("/orders", Reply.status(503, "{}"), script.toArray(Reply[]::new));
        long started = System.nanoTime();

        ReChargeUnavailableException unavailable = catchThrowableOfType(ReChargeUnavailableException.class,
                () -> client.nextOrdersPage(credentials, "c", 250));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BUDGET);
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(stub.requests()).as("6 attempts on 503s, the 429 in between not counted").hasSize(7);
    }

    @Test
    void theCircuitOpensForOneTokenOnly() throws IOException {
        stub.on("/store", Reply.status(502, "bad gateway"));
        for (int i = 0; i < 3; i++) {
            catchThrowableOfType(ReChargeUnavailableException.class, () -> client.store(credentials));
        }
        int sent = stub.requests().size();

        CircuitOpenException open = catchThrowableOfType(CircuitOpenException.class, () -> client.store(credentials));

        assertThat(open.retryAfter()).isPositive();
        assertThat(open.getMessage()).doesNotContain(credentials.accessToken());
        assertThat(stub.requests()).hasSize(sent);
        assertThat(client.circuitState(credentials)).isEqualTo(CircuitState.OPEN);
        try (StubReCharge healthy = new StubReCharge()) {
            healthy.on("/store", Reply.ok(Fixtures.STORE));
            ReChargeCredentials other = credentialsFor(healthy);
            assertThat(client.store(other).id()).isEqualTo(12345L);
            assertThat(client.circuitState(other)).isEqualTo(CircuitState.CLOSED);
        }
    }

    private static ReChargeCredentials credentialsFor(StubReCharge stub) {
        return new ReChargeCredentials(stub.baseUrl(), "sk_test_" + UUID.randomUUID().toString().replace("-", ""));
    }
}
