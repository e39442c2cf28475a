package io.rechargechannel.web.channels;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for ReCharge's {@code GET /token_information} on a random loopback port. Tokens made by
 * {@link #fullToken()} have every scope a channel needs, {@link #readOnlyToken()} only the read ones;
 * any other token is answered 401.
 */
final class TokenInformationStub implements AutoCloseable {

    static final List<String> FULL_SCOPES = List.of("read_orders", "write_orders", "read_products", "write_products", "store_info");
    static final List<String> READ_ONLY_SCOPES = List.of("read_orders", "read_products");

    private final HttpServer server;
    private final Map<String, List<String>> scopesByToken = new ConcurrentHashMap<>();
    private final List<String> versionsSeen = new CopyOnWriteArrayList<>();

    private TokenInformationStub(HttpServer server) {
        this.server = server;
    }

    static TokenInformationStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("localhost"), 0), 0);
            TokenInformationStub stub = new TokenInformationStub(server);
            server.createContext("/token_information", stub::answer);
            server.createContext("/store", stub::store);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    String fullToken() {
        return token(FULL_SCOPES);
    }

    String readOnlyToken() {
        return token(READ_ONLY_SCOPES);
    }

    /** As an admin editing the token's permissions in ReCharge: the same token now has every scope. */
    void grantAll(String token) {
        scopesByToken.put(token, FULL_SCOPES);
    }

    List<String> versionsSeen() {
        return versionsSeen;
    }

    int calls() {
        return versionsSeen.size();
    }

    private String token(List<String> scopes) {
        String token = "sk_test_" + UUID.randomUUID().toString().replace("-", "");
        scopesByToken.put(token, scopes);
        return token;
    }

    private void answer(HttpExchange exchange) throws IOException {
        versionsSeen.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Recharge-Version")));
        List<String> scopes = scopesByToken.get(exchange.getRequestHeaders().getFirst("X-Recharge-Access-Token"));
        if (scopes == null) {
            send(exchange, 401, "{\"errors\":\"A valid access token is required.\"}");
            return;
        }
        String quoted = String.join(",", scopes.stream().map(scope -> "\"" + scope + "\"").toList());
        send(exchange, 200, "{\"token_information\":{\"name\":\"Warehouse\",\"contact_email\":\"ops@example.com\","
                + "\"scopes\":[" + quoted + "]}}");
    }

    /** {@code GET /store}, for tokens with {@code store_info}. */
    private void store(HttpExchange exchange) throws IOException {
        List<String> scopes = scopesByToken.get(exchange.getRequestHeaders().getFirst("X-Recharge-Access-Token"));
        if (scopes == null || !scopes.contains("store_info")) {
            send(exchange, scopes == null ? 401 : 403, "{\"errors\":\"no\"}");
            return;
        }
        send(exchange, 200, "{\"store\":{\"id\":7,\"name\":\"Acme Coffee\",\"email\":\"owner@acme.example\","
                + "\"currency\":\"GBP\"}}");
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
