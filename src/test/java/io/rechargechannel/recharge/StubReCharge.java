package io.rechargechannel.recharge;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A ReCharge stand-in over real HTTP on a random loopback port: per path, scripted replies are served
 * in order, then the path's standing reply. Every request is recorded.
 */
final class StubReCharge implements AutoCloseable {

    record Reply(int status, String body, Map<String, String> headers, Duration delay, boolean truncated) {

        static Reply ok(String body) {
            return new Reply(200, body, Map.of("X-Request-Id", "req-ok"), Duration.ZERO, false);
        }

        static Reply status(int status, String body) {
            return new Reply(status, body, Map.of("X-Request-Id", "req-" + status), Duration.ZERO, false);
        }

        static Reply throttled() {
            return status(429, "{\"warning\": \"too many requests\"}").withHeader("X-Recharge-Limit", "40/40");
        }

        static Reply slow(Duration delay, String body) {
            return new Reply(200, body, Map.of(), delay, false);
        }

        static Reply truncated(String body) {
            return new Reply(200, body, Map.of(), Duration.ZERO, true);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, body, more, delay, truncated);
        }
    }

    record Request(String method, String path, Map<String, String> query, Map<String, List<String>> headers) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Deque<Reply>> scripted = new ConcurrentHashMap<>();
    private final Map<String, Reply> standing = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    StubReCharge() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Serves {@code replies} one by one on {@code path}, then {@code standingReply} for ever. */
    StubReCharge on(String path, Reply standingReply, Reply... replies) {
        standing.put(path, standingReply);
        Deque<Reply> queue = scripted.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(replies));
        }
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), path, query(exchange.getRequestURI()),
                Map.copyOf(exchange.getRequestHeaders())));
        respond(exchange, next(path));
    }

    private Reply next(String path) {
        Deque<Reply> queue = scripted.getOrDefault(path, new ArrayDeque<>());
        synchronized (queue) {
            Reply reply = queue.poll();
            return reply != null ? reply : standing.getOrDefault(path, Reply.status(404, "{\"errors\": \"Not Found\"}"));
        }
    }

    private static void respond(HttpExchange exchange, Reply reply) throws IOException {
        pause(reply.delay());
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, reply.truncated() ? body.length / 2 : body.length);
        out.flush();
        // Closing short of Content-Length makes the server drop the connection: a body cut off in transit.
        exchange.close();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
            }
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
