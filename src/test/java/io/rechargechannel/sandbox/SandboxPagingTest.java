package io.rechargechannel.sandbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.rechargechannel.sandbox.SandboxHttp.pageThrough;
import static io.rechargechannel.sandbox.SandboxHttp.recharge;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Cursor paging returns each order exactly once, and stays consistent while the store changes. */
@QuarkusTest
class SandboxPagingTest {

    @Inject
    SandboxStores stores;

    private CreatedStore create(String name, int orders) {
        return stores.create(StoreSpec.of(name, orders, 40).withSeed(11).withRateLimit(StoreSpec.RateLimit.OFF));
    }

    @Test
    void pagesOf250ReturnEveryOrderOnceInEachSort() {
        CreatedStore store = create("Paging", 2000);
        List<SandboxOrder> truth = stores.store(store.id()).orElseThrow().orders();

        List<Long> byUpdated = pageThrough(store.token(), "sort_by=updated_at-asc", 250, () -> { });
        List<Long> expectedByUpdated = truth.stream()
                .sorted(Comparator.comparing(SandboxOrder::updatedAt).thenComparingLong(SandboxOrder::id))
                .map(SandboxOrder::id).toList();
        assertThat(byUpdated).containsExactlyElementsOf(expectedByUpdated);

        List<Long> byIdDesc = pageThrough(store.token(), "sort_by=id-desc", 250, () -> { });
        assertThat(byIdDesc).containsExactlyElementsOf(truth.stream().map(SandboxOrder::id)
                .sorted(Comparator.reverseOrder()).toList());
    }

    @Test
    void filtersTravelInsideTheCursor() {
        CreatedStore store = create("Filtered paging", 2000);
        List<SandboxOrder> truth = stores.store(store.id()).orElseThrow().orders();
        Instant from = truth.get(800).updatedAt();
        Instant to = from.plusSeconds(30L * 86_400);
        List<Long> paged = pageThrough(store.token(), "sort_by=updated_at-desc&status=success&updated_at_min="
                + from + "&updated_at_max=" + to, 100, () -> { });
        List<Long> expected = truth.stream().filter(o -> o.status().equals("success"))
                .filter(o -> !o.updatedAt().isBefore(from) && !o.updatedAt().isAfter(to))
                .sorted(Comparator.comparing(SandboxOrder::updatedAt).thenComparingLong(SandboxOrder::id).reversed())
                .map(SandboxOrder::id).toList();
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void previousCursorLeadsBackToThePreviousPage() {
        CreatedStore store = create("Back and forth", 300);
        var first = recharge(store.token()).get("/orders?limit=50&sort_by=updated_at-asc").then().statusCode(200)
                .extract().jsonPath();
        var second = recharge(store.token()).get("/orders?limit=50&cursor=" + first.getString("next_cursor"))
                .then().statusCode(200).extract().jsonPath();
        var back = recharge(store.token()).get("/orders?limit=50&cursor=" + second.getString("previous_cursor"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(back.getList("orders.id", Long.class)).isEqualTo(first.getList("orders.id", Long.class));
        assertThat(back.getString("previous_cursor")).isNull();
        assertThat(back.getString("next_cursor")).isNotNull();
    }

    @Test
    void pagingStaysConsistentWhileOrdersAreAddedAndUpdated() {
        CreatedStore store = create("Busy store", 1000);
        SandboxStore sandbox = stores.store(store.id()).orElseThrow();
        List<Long> matchingAtStart = sandbox.orders().stream()
                .sorted(Comparator.comparing(SandboxOrder::updatedAt).thenComparingLong(SandboxOrder::id))
                .map(SandboxOrder::id).toList();
        Set<Long> changed = new HashSet<>();
        AtomicInteger page = new AtomicInteger();
        Runnable busyMerchant = () -> {
            int n = page.incrementAndGet();
            given().contentType("application/json").body("{\"count\": 3}")
                    .post("/sandbox/stores/" + store.id() + "/orders").then().statusCode(201);
            // one order already returned, one not yet reached: both move to the end in updated_at order
            for (long orderId : List.of(matchingAtStart.get(n * 100 - 50), matchingAtStart.get(Math.min(999, n * 100 + 150)))) {
                given().contentType("application/json").body("{\"note\": \"edited on page " + n + "\"}")
                        .patch("/sandbox/stores/" + store.id() + "/orders/" + orderId).then().statusCode(200);
                changed.add(orderId);
            }
        };

        List<Long> seen = pageThrough(store.token(), "sort_by=updated_at-asc", 100, busyMerchant);

        Map<Long, Long> timesSeen = seen.stream().collect(Collectors.groupingBy(Function.identity(), HashMap::new,
                Collectors.counting()));
        assertThat(page.get()).isGreaterThanOrEqualTo(9);
        assertThat(timesSeen.keySet()).containsAll(matchingAtStart);
        matchingAtStart.stream().filter(id -> !changed.contains(id))
                .forEach(id -> assertThat(timesSeen.get(id)).as("order %d seen once", id).isEqualTo(1));
        assertThat(sandbox.orderCount()).isEqualTo(1000 + 3 * page.get());
    }
}
