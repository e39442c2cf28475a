package io.rechargechannel.reliability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncChannels;
import io.rechargechannel.sync.SyncTrigger;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * ReCharge answering 426 (it does not serve the API version we send): a configuration error, not
 * retried, shown on the channel and in health, and the channel waits for an admin. ReCharge is a
 * real HTTP stand-in here: the sandbox only ever sees the version this client sends.
 */
@QuarkusTest
class ReliabilityApiVersionTest {

    private final AtomicInteger dataRequests = new AtomicInteger();
    private final HttpServer recharge = start();

    @Inject
    ChannelSync sync;

    @Inject
    SyncChannels channels;

    @AfterEach
    void stop() {
        recharge.stop(0);
    }

    @Test
    void anUnsupportedApiVersionIsAConfigurationErrorNotRetried() {
        String baseUrl = "http://localhost:" + recharge.getAddress().getPort();
        long channel = given().contentType("application/json")
                .body("{\"name\": \"Version " + System.nanoTime() + "\", \"accessToken\": \"sk_test_version\", "
                        + "\"baseUrl\": \"" + baseUrl + "\"}")
                .post("/api/channels").then().statusCode(201).extract().jsonPath().getLong("id");

        sync.run(channel, SyncTrigger.MANUAL);

        assertThat(dataRequests.get()).as("426 is not retried").isEqualTo(1);
        given().get("/api/channels/" + channel).then()
                .body("status", equalTo("CONFIG_ERROR")).body("statusMessage", containsString("426"));
        given().get("/q/health/group/sync").then()
                .body("checks[0].data.find { it.key.startsWith('channel " + channel + " ') }.value",
                        containsString("status CONFIG_ERROR"));
        assertThat(channels.dueChannelIds(Instant.now().plusSeconds(3600))).doesNotContain(channel);

        given().contentType("application/json").body("{\"active\": false}").patch("/api/channels/" + channel)
                .then().statusCode(200);
    }

    private HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("localhost"), 0), 0);
            server.createContext("/token_information", exchange -> send(exchange, 200,
                    "{\"token_information\": {\"name\": \"WMS\", \"scopes\": [\"read_orders\", \"write_orders\", "
                            + "\"read_products\", \"write_products\"]}}"));
            server.createContext("/", exchange -> {
                dataRequests.incrementAndGet();
                send(exchange, 426, "{\"errors\": \"Invalid API version\"}");
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
