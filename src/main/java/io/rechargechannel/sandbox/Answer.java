package io.rechargechannel.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A rendered answer of the ReCharge paths: status, content type and body bytes. */
record Answer(int status, String contentType, byte[] body) {

    static final String JSON = "application/json; charset=utf-8";
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Writes the body as it goes: pages of orders are streamed, never built as trees. */
    interface BodyWriter {
        void write(JsonGenerator g) throws IOException;
    }

    static Answer ok(BodyWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Answer(200, JSON, out.toByteArray());
    }

    static Answer error(RechargeError error) {
        return error(error.status, error.errors);
    }

    static Answer error(int status, Object errors) {
        try {
            return new Answer(status, JSON, MAPPER.writeValueAsBytes(Map.of("errors", errors)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a gateway in front of ReCharge sends: an HTML page, not JSON. */
    static Answer gatewayPage(int status, String reason) {
        String html = "<html><head><title>" + status + " " + reason + "</title></head><body><h1>" + status + " "
                + reason + "</h1></body></html>";
        return new Answer(status, "text/html; charset=utf-8", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
