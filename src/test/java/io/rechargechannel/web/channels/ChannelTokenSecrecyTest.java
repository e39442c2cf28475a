package io.rechargechannel.web.channels;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The plain token must never leave the service: not in any answer, not in any log line. */
@QuarkusTest
class ChannelTokenSecrecyTest {

    private final TokenInformationStub recharge = TokenInformationStub.start();
    private final LogCapture logs = new LogCapture();

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(logs);
    }

    @AfterEach
    void stop() {
        Logger.getLogger("").removeHandler(logs);
        recharge.close();
    }

    @Test
    void noAnswerOrLogLineContainsTheToken() {
        String token = recharge.fullToken();
        String rejected = "sk_test_rejected_" + token.substring(8);
        String name = ChannelApiTest.uniqueName();
        List<String> answers = new ArrayList<>();

        answers.add(body(ChannelApiTest.add(Map.of("name", name, "accessToken", token, "baseUrl", recharge.baseUrl()))));
        int id = given().get("/api/channels").then().extract().path("find { it.name == '" + name + "' }.id");
        answers.add(given().get("/api/channels").asString());
        answers.add(given().get("/api/channels/" + id).asString());
        answers.add(body(ChannelApiTest.patch(id, Map.of("active", false))));
        answers.add(body(ChannelApiTest.add(Map.of("name", name, "accessToken", token, "baseUrl", recharge.baseUrl()))));
        answers.add(body(ChannelApiTest.patch(id, Map.of("accessToken", rejected))));
        answers.add(body(ChannelApiTest.patch(id, Map.of("accessToken", token, "syncIntervalSeconds", 1))));
        answers.add(given().contentType(ContentType.JSON)
                .body("{\"accessToken\": \"" + token + "\", \"syncIntervalSeconds\": \"" + token + "\"}")
                .post("/api/channels").then().statusCode(400).extract().asString());

        assertThat(answers).hasSize(8).allSatisfy(answer -> assertThat(answer)
                .doesNotContain("java.")
                .doesNotContain("Exception")
                .doesNotContain(token)
                .doesNotContain(rejected)
                .doesNotContain(token.substring(8)));
        assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(token.substring(8)));
    }

    private static String body(io.restassured.response.ValidatableResponse response) {
        return response.extract().asString();
    }

    private static final class LogCapture extends Handler {

        private final List<String> lines = new ArrayList<>();
        private final SimpleFormatter formatter = new SimpleFormatter();

        LogCapture() {
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            lines.add(formatter.format(record));
        }

        synchronized List<String> lines() {
            return List.copyOf(lines);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
