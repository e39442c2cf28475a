package io.rechargechannel.channel;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The token check through the ReCharge client, against a real HTTP server answering by token. */
@QuarkusTest
class TokenInspectorTest {

    private final List<String> headersSeen = new CopyOnWriteArrayList<>();
    private final HttpServer server = start(Map.of(
            "good", new Answer(200, "{\"token_information\":{\"name\":\"WMS\",\"scopes\":[\"read_orders\",\"write_orders\"]}}"),
            "forbidden", new Answer(403, "{\"errors\":\"forbidden\"}"),
            "broken", new Answer(503, "upstream down"),
            "garbled", new Answer(200, "<html>not json</html>"),
            "moved", new Answer(302, "")));

    @Inject
    TokenInspector inspector;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsTheNameAndScopesAndSendsTheVersionHeader() {
        TokenInspection inspection = inspector.inspect(base(), "good");

        assertThat(inspection.outcome()).isEqualTo(TokenInspection.Outcome.ACCEPTED);
        assertThat(inspection.tokenName()).isEqualTo("WMS");
        assertThat(inspection.scopes()).containsExactlyInAnyOrder("read_orders", "write_orders");
        assertThat(headersSeen).containsExactly("good 2021-11");
        assertThat(headersSeen).noneMatch(seen -> seen.contains("evil"));
    }

    @Test
    void treatsUnauthorisedAndForbiddenAsRejected() {
        assertThat(inspector.inspect(base(), "unknown").outcome()).isEqualTo(TokenInspection.Outcome.REJECTED);
        assertThat(inspector.inspect(base(), "forbidden").outcome()).isEqualTo(TokenInspection.Outcome.REJECTED);
    }

    @Test
    void treatsServerErrorsGarbageAndRedirectsAsNoAnswer() {
        assertThat(inspector.inspect(base(), "broken").problem()).contains("503");
        assertThat(inspector.inspect(base(), "garbled").outcome()).isEqualTo(TokenInspection.Outcome.UNREACHABLE);
        assertThat(inspector.inspect(base(), "moved").outcome()).isEqualTo(TokenInspection.Outcome.UNREACHABLE);
    }

    @Test
    void reportsAnUnreachableHost() {
        TokenInspection inspection = inspector.inspect(URI.create("http://localhost:1"), "good");

        assertThat(inspection.outcome()).isEqualTo(TokenInspection.Outcome.UNREACHABLE);
        assertThat(inspection.problem()).contains("no usable answer").doesNotContain("good");
    }

    private URI base() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    private record Answer(int status, String body) {
    }

    private HttpServer start(Map<String, Answer> answers) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("localhost"), 0), 0);
            http.createContext("/token_information", exchange -> {
                String token = exchange.getRequestHeaders().getFirst("X-Recharge-Access-Token");
                headersSeen.add(token + " " + exchange.getRequestHeaders().getFirst("X-Recharge-Version"));
                send(exchange, answers.getOrDefault(token, new Answer(401, "{\"errors\":\"unauthorized\"}")));
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        if (answer.status() == 302) {
            exchange.getResponseHeaders().add("Location", "http://evil.example.com/token_information");
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
