package io.rechargechannel.recharge;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading bodies in one pass over their bytes: element boundaries, bad elements, cut-off bodies, shapes. */
class ReChargeWireStreamingTest {

    private final WireJson json = new WireJson();

    private static final String TRICKY = """
            {
              "id": 11, "note": "braces } ] { [ and \\"quotes\\" in text", "tags": "caf\\u00e9, Zoë, 😀",
              "line_items": [ { "quantity": 1, "sku": "A]1" } ],
              "updated_at": "2024-01-01T00:00:00+00:00"
            }""";

    @Test
    void eachElementKeepsItsBytesAsTheyCame() throws IOException {
        String compact = "{\"id\":12,\"tags\":\"é\",\"updated_at\":\"2024-01-01T00:00:00+00:00\"}";
        String body = "{\"orders\" : [ " + TRICKY + " ,\n" + compact + "\n], \"next_cursor\": null}";

        List<WireRecord<ReChargeOrder>> orders = list(body);

        assertThat(orders).extracting(WireRecord::rawJson).containsExactly(TRICKY, compact);
        assertThat(orders).allMatch(WireRecord::ok);
        assertThat(orders.get(0).value().note()).isEqualTo("braces } ] { [ and \"quotes\" in text");
        assertThat(orders.get(0).value().tags()).isEqualTo("café, Zoë, 😀");
        assertThat(orders.get(0).value().lineItems()).singleElement()
                .satisfies(line -> assertThat(line.sku()).isEqualTo("A]1"));
    }

    @Test
    void aBadElementBetweenTwoGoodOnesLeavesBothWhole() throws IOException {
        String first = Fixtures.orderWith(1, "2024-01-01T00:00:00+00:00");
        String wrongType = Fixtures.orderWith(2, "2024-01-01T00:00:01+00:00")
                .replace("\"line_items\": [", "\"line_items\": \"none\", \"was\": [");
        String third = Fixtures.orderWith(3, "2024-01-01T00:00:02+00:00");

        List<WireRecord<ReChargeOrder>> orders = list(Fixtures.ordersPage("next", first, wrongType, third));

        assertThat(orders).extracting(WireRecord::ok).containsExactly(true, false, true);
        assertThat(orders.get(1).problem()).startsWith("line_items:");
        assertThat(orders).extracting(WireRecord::rawJson).containsExactly(first, wrongType, third);
        assertThat(orders.get(0).value()).isEqualTo(json.record(first, ReChargeOrder.class).value());
        assertThat(orders.get(2).value()).isEqualTo(json.record(third, ReChargeOrder.class).value());
        assertThat(orders.get(2).value().lineItems()).hasSize(1);
    }

    @Test
    void goodElementsReadTheSameWhetherOrNotThePageHoldsABadOne() throws IOException {
        String first = Fixtures.orderWith(1, "2024-01-01T00:00:00+00:00");
        String third = Fixtures.orderWith(3, "2024-01-01T00:00:02+00:00");

        List<WireRecord<ReChargeOrder>> allGood = list(Fixtures.ordersPage(null, first, TRICKY, third));
        List<WireRecord<ReChargeOrder>> oneBad = list(Fixtures.ordersPage(null, first, "[]", TRICKY, "7", third));

        assertThat(allGood).allMatch(WireRecord::ok);
        assertThat(oneBad).extracting(WireRecord::ok).containsExactly(true, false, true, false, true);
        for (int[] same : new int[][] {{0, 0}, {1, 2}, {2, 4}}) {
            assertThat(oneBad.get(same[1]).value()).isEqualTo(allGood.get(same[0]).value());
            assertThat(oneBad.get(same[1]).rawJson()).isEqualTo(allGood.get(same[0]).rawJson());
            assertThat(oneBad.get(same[1]).contentHash()).isEqualTo(allGood.get(same[0]).contentHash());
        }
    }

    @Test
    void elementsThatAreNotObjectsAreProblemsOfTheirOwn() throws IOException {
        String body = "{\"orders\": [\"an order?\", 42, true, null, [1, {\"id\": 4}], {\"id\": 5}]}";

        List<WireRecord<ReChargeOrder>> orders = list(body);

        assertThat(orders).extracting(WireRecord::rawJson)
                .containsExactly("\"an order?\"", "42", "true", "null", "[1, {\"id\": 4}]", "{\"id\": 5}");
        assertThat(orders).extracting(WireRecord::ok).containsExactly(false, false, false, false, false, true);
        assertThat(orders.subList(0, 5)).allSatisfy(record -> {
            assertThat(record.value()).isNull();
            assertThat(record.problem()).isNotBlank();
        });
        assertThat(orders.get(5).value().id()).isEqualTo(5L);
    }

    @Test
    void aBodyCutOffAnywhereIsMalformedNotAShorterPage() {
        String page = Fixtures.ordersPage("next", Fixtures.orderWith(1, "2024-01-01T00:00:00+00:00"),
                "{\"id\": 2, \"updated_at\": \"yesterday\"}", Fixtures.orderWith(3, "2024-01-01T00:00:02+00:00"));
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        List<Integer> notMalformed = new ArrayList<>();

        for (int length = 0; length < body.length; length++) {
            byte[] cut = Arrays.copyOf(body, length);
            try {
                json.list(cut, "orders", ReChargeOrder.class);
                notMalformed.add(length);
            } catch (IOException malformed) {
                // as it should be
            } catch (RuntimeException other) {
                notMalformed.add(length);
            }
        }

        assertThat(notMalformed).as("lengths of %d read as something else than malformed", body.length).isEmpty();
    }

    @Test
    void aBodyCutOffInTheMiddleOfTheOrdersArrayIsMalformed() {
        String page = Fixtures.ordersPage(null, Fixtures.orderJson(), Fixtures.orderJson());
        String cut = page.substring(0, page.indexOf(Fixtures.orderJson(), page.indexOf("[") + 2));

        assertThat(cut).endsWith("},");
        assertThatThrownBy(() -> list(cut)).isInstanceOf(IOException.class);
    }

    @Test
    void malformedJsonAfterTheListStillMakesTheBodyMalformed() {
        assertThatThrownBy(() -> list("{\"orders\": [{\"id\": 1}], \"next_cursor\": nul}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> list("{\"orders\": [], \"next_cursor\": \"a\" \"b\"}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> list("{\"orders\": [{\"id\": 1} {\"id\": 2}]}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> list("{\"orders\": [{\"id\": 1}]")).isInstanceOf(IOException.class);
    }

    @Test
    void nullAbsentAndEmptyCursorsMeanNoMorePages() throws IOException {
        assertThat(cursor("{\"next_cursor\": null, \"orders\": []}")).isNull();
        assertThat(cursor("{\"orders\": []}")).isNull();
        assertThat(cursor("{\"orders\": [], \"next_cursor\": \"\"}")).isNull();
        assertThat(cursor("{\"orders\": [{\"id\": 1}], \"next_cursor\": \"after\"}")).isEqualTo("after");
        assertThat(cursor("{\"next_cursor\": \"before\", \"previous_cursor\": \"x\", \"orders\": []}")).isEqualTo("before");
    }

    @Test
    void wellFormedBodiesOfAnotherShapeAreShapeErrors() {
        for (String body : List.of("[]", "\"orders\"", "null", "42", "{\"orders\": null}", "{\"orders\": {}}",
                "{\"orders\": \"[]\"}", "{\"order\": []}")) {
            assertThatThrownBy(() -> list(body)).as(body).isInstanceOf(WireShapeException.class);
        }
        assertThatThrownBy(() -> json.single(utf8("{\"store\": [{\"id\": 1}]}"), "store", ReChargeStore.class))
                .isInstanceOf(WireShapeException.class).hasMessageContaining("no \"store\" object");
        assertThatThrownBy(() -> json.single(utf8("{\"store\": {\"id\": \"twelve\"}}"), "store", ReChargeStore.class))
                .isInstanceOf(WireShapeException.class).hasMessageContaining("\"store\" cannot be read");
    }

    @Test
    void emptyAndMalformedBodiesAreMalformedEvenAroundTheWantedObject() {
        assertThatThrownBy(() -> list("")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> list("  \n")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> json.single(utf8("{\"store\": {\"id\": 1}, \"x\": [}"), "store", ReChargeStore.class))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> json.single(utf8("[1, 2"), "store", ReChargeStore.class)).isInstanceOf(IOException.class);
    }

    @Test
    void aRecordReadBackFromItsRawJsonIsTheSameRecord() throws IOException {
        List<WireRecord<ReChargeOrder>> page = list(Fixtures.ordersPage(null, TRICKY, Fixtures.orderJson(),
                "{\"id\": 2, \"updated_at\": \"yesterday\"}"));

        for (WireRecord<ReChargeOrder> fromPage : page) {
            WireRecord<ReChargeOrder> readBack = json.record(fromPage.rawJson(), ReChargeOrder.class);
            assertThat(readBack.rawJson()).isEqualTo(fromPage.rawJson());
            assertThat(readBack.value()).isEqualTo(fromPage.value());
            assertThat(readBack.problem()).isEqualTo(fromPage.problem());
            assertThat(readBack.contentHash()).isEqualTo(fromPage.contentHash());
        }
    }

    @Test
    void theContentHashIsSha256OfTheElementsBytesAsTheyCame() throws Exception {
        WireRecord<ReChargeOrder> order = list(Fixtures.ordersPage("x", TRICKY)).get(0);
        byte[] sent = TRICKY.getBytes(StandardCharsets.UTF_8);

        assertThat(order.contentHash())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sent)))
                .isEqualTo(list(Fixtures.ordersPage(null, Fixtures.orderJson(), TRICKY)).get(1).contentHash())
                .isNotEqualTo(list(Fixtures.ordersPage(null, TRICKY.replace("Zoë", "Zoe"))).get(0).contentHash());
    }

    @Test
    void aRawRecordThatIsNotJsonSaysSo() {
        assertThat(json.record("{\"id\": 1", ReChargeOrder.class).problem()).startsWith("not JSON: ");
        assertThat(json.record("", ReChargeOrder.class).problem()).isEqualTo("not JSON: empty body");
        assertThat(json.record("null", ReChargeOrder.class).ok()).isFalse();
    }

    private List<WireRecord<ReChargeOrder>> list(String body) throws IOException {
        return json.list(utf8(body), "orders", ReChargeOrder.class).records();
    }

    private String cursor(String body) throws IOException {
        return json.list(utf8(body), "orders", ReChargeOrder.class).nextCursor();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
