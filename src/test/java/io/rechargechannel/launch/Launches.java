package io.rechargechannel.launch;

import io.rechargechannel.testing.PackagedApp;
import io.rechargechannel.testing.TestUsers;
import io.restassured.specification.RequestSpecification;
import io.restassured.http.ContentType;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** What the launch tests share: where runs go, how long a start may take, and reading the start log. */
final class Launches {

    static final Duration START = Duration.ofMinutes(2);
    static final Path WORK = Path.of("target", "launch");

    private Launches() {
    }

    static PackagedApp.Launch launch(String name, Path workDir) {
        return PackagedApp.launch(name, PackagedApp.JAR, workDir);
    }

    /** As an operator makes one: {@code openssl rand -base64 32}. */
    static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The first group of {@code pattern} in the log, or an error saying what the log holds instead. */
    static String find(String log, String pattern) {
        Matcher match = Pattern.compile(pattern).matcher(log);
        if (!match.find()) {
            throw new AssertionError("no match for /" + pattern + "/ in the log:\n" + log);
        }
        return match.group(1);
    }

    /** A request to {@code app}'s API as its first admin (every launch makes one, see {@link PackagedApp}). */
    static RequestSpecification api(PackagedApp app) {
        return given().baseUri(app.baseUrl()).auth().preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }

    /** A sandbox store in {@code app} and a channel syncing from it, over the app's own HTTP API; the channel's id. */
    static long sandboxChannel(PackagedApp app, String name) {
        String token = api(app).contentType(ContentType.JSON)
                .body(Map.of("name", name, "orders", 300, "products", 5))
                .post("/sandbox/stores").then().statusCode(201).extract().path("token");
        return api(app).contentType(ContentType.JSON)
                .body(Map.of("name", name, "accessToken", token, "baseUrl", app.baseUrl() + "/sandbox/recharge"))
                .post("/api/channels").then().statusCode(201).extract().<Integer>path("id").longValue();
    }
}
