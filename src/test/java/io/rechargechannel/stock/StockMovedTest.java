package io.rechargechannel.stock;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.Floor;
import io.rechargechannel.testing.SandboxChannels;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a stock movement tells the attention lane: a despatch of allocated lines (on hand and allocated lowered
 * alike) names its orders and no SKU, since nobody else's available stock changed; goods received name their SKU,
 * whose waiting orders may now have enough.
 */
@QuarkusTest
class StockMovedTest {

    private static final long MAIN = 1;

    @Inject
    Floor floor;

    @Inject
    Heard heard;

    /** Every {@link StockMoved} of the main warehouse, as the attention lane hears it. */
    @ApplicationScoped
    static class Heard {
        private final List<StockMoved> events = new CopyOnWriteArrayList<>();

        void on(@Observes StockMoved moved) {
            if (moved.warehouseId() == MAIN) {
                events.add(moved);
            }
        }

        /** What was heard since the last call, and forgets it. */
        List<StockMoved> take() {
            List<StockMoved> heard = List.copyOf(events);
            events.clear();
            return heard;
        }
    }

    @Test
    void aDespatchNamesItsOrdersAndNoSkuAndGoodsReceivedNameTheirSku() {
        SandboxChannels.Linked linked = floor.channel("Moved", 12, 3, 45);
        long order = floor.ordersWithSkus(linked.channelId(), "ALLOCATED").get(0);
        String sku = floor.firstSku(order);

        heard.take();
        given().contentType(ContentType.JSON).body(Map.of("carrier", "royal-mail", "trackingNumber", "RM" + order + "GB"))
                .post("/api/orders/" + order + "/despatch").then().statusCode(200);
        assertThat(heard.take()).singleElement().satisfies(moved -> {
            assertThat(moved.orderIds()).containsExactly(order);
            assertThat(moved.skus()).as("available stock of no SKU changed").isEmpty();
        });

        given().contentType(ContentType.JSON)
                .body(Map.of("warehouseId", MAIN, "sku", sku, "quantity", 10, "reason", "Delivery note 9"))
                .post("/api/stock/adjustments").then().statusCode(201);
        assertThat(heard.take()).singleElement().satisfies(moved -> {
            assertThat(moved.skus()).containsExactly(sku);
            assertThat(moved.orderIds()).isEmpty();
        });
    }
}
