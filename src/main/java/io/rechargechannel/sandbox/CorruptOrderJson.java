package io.rechargechannel.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** An order rendered as {@link OrderJson} does, then broken the way its {@link Corruption} says. */
final class CorruptOrderJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CorruptOrderJson() {
    }

    static void write(JsonGenerator g, StoredOrder order, Corruption corruption) throws IOException {
        ObjectNode json = (ObjectNode) MAPPER.readTree(render(order));
        switch (corruption) {
            case NO_ID -> json.remove("id");
            case NEGATIVE_QUANTITY -> ((ObjectNode) json.withArray("line_items").get(0)).put("quantity", -1);
            case BAD_DATE -> json.put("created_at", "31/02/2024 25:61");
        }
        g.writeRawValue(MAPPER.writeValueAsString(json));
    }

    private static String render(StoredOrder order) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            OrderJson.write(g, order.body, order.current());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
