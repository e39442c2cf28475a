package io.rechargechannel.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.rechargechannel.web.ApiRoutes.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every resource of the JSON API ({@link ApiRoutes#API}: add a row there for a new one) answers a missing id, a
 * parameter of the wrong type, a body of the wrong content type, a body with an unknown field and a method it does
 * not take with one error shape, {@code {"error": "...", "details": [{"field": "...", "message": "..."}]}}, as
 * {@code application/json}, with the right status and without echoing what was sent.
 */
@QuarkusTest
class ApiErrorShapeTest {

    /** Sent where a number belongs: never to be seen again in an answer. */
    private static final String JUNK = "zq9junk";
    private static final long MISSING_ID = 987_654_321L;

    static Stream<Route> withId() {
        return ApiRoutes.API.stream().filter(Route::hasId);
    }

    static Stream<Route> withBody() {
        return ApiRoutes.API.stream().filter(route -> route.body() != null);
    }

    static Stream<Object[]> numericQueryParameters() {
        return ApiRoutes.API.stream().flatMap(route -> route.numericQuery().stream().map(p -> new Object[] {route, p}));
    }

    static Stream<String> paths() {
        return ApiRoutes.API.stream().map(Route::path).distinct();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withId")
    void aMissingIdIs404(Route route) {
        Response answer = send(route, route.path().replace("{id}", String.valueOf(MISSING_ID)), ContentType.JSON,
                route.body());

        assertErrorShape(answer, 404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withId")
    void anIdThatIsNoNumberIs400(Route route) {
        Response answer = send(route, route.path().replace("{id}", JUNK), ContentType.JSON, route.body());

        assertErrorShape(answer, 400);
        assertThat(fields(answer)).containsExactly("id");
    }

    @ParameterizedTest(name = "{0} ?{1}=")
    @MethodSource("numericQueryParameters")
    void aQueryParameterThatIsNoNumberIs400(Route route, String parameter) {
        Response answer = send(given().queryParam(parameter, JUNK), route, existing(route), ContentType.JSON, route.body());

        assertErrorShape(answer, 400);
        assertThat(fields(answer)).containsExactly(parameter);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withBody")
    void aBodyThatIsNotJsonIs415(Route route) {
        assertErrorShape(send(route, existing(route), ContentType.TEXT, "{}"), 415);
        // what `curl -d` sends
        assertErrorShape(send(route, existing(route), ContentType.URLENC, "a=b"), 415);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withBody")
    void anUnknownFieldIs400NamingIt(Route route) {
        Map<String, Object> body = new HashMap<>(route.body());
        body.put("colour", "red-" + JUNK);

        Response answer = send(route, existing(route), ContentType.JSON, body);

        assertErrorShape(answer, 400);
        assertThat(fields(answer)).containsExactly("colour");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void aMethodThePathDoesNotTakeIs405(String path) {
        String method = Stream.of("DELETE", "PUT", "PATCH", "POST", "GET")
                .filter(m -> ApiRoutes.API.stream().noneMatch(r -> r.path().equals(path) && r.method().equals(m)))
                .findFirst().orElseThrow();

        Response answer = given().contentType(ContentType.JSON).body("{}")
                .request(method, path.replace("{id}", String.valueOf(MISSING_ID)));

        assertErrorShape(answer, 405);
    }

    @Test
    void everyResourceOfTheApiIsInTheTable() {
        assertThat(ApiRoutes.API).extracting(Route::key)
                .as("resource methods under /api missing from ApiRoutes.API: add a row for each")
                .containsAll(ApiRoutes.declared());
    }

    @Test
    void anAddressUnderApiThatNoResourceHasIs404() {
        assertErrorShape(given().get("/api/" + JUNK), 404);
        assertErrorShape(given().get("/api/orders/1/" + JUNK), 404);
    }

    @Test
    void anUnknownStatusNamesTheParameterWithoutEchoingIt() {
        Response answer = given().queryParam("status", JUNK).get("/api/orders");

        assertErrorShape(answer, 400);
        assertThat(fields(answer)).containsExactly("status");
        assertThat(answer.jsonPath().getString("details[0].message")).contains("ALLOCATED");
    }

    /**
     * As curl sends a large body: headers with {@code Expect: 100-continue}, then the body only if the server
     * agrees. The refusal comes before any of it is sent, and the server closes the connection.
     */
    @Test
    void aBodyOverTheLimitIs413() throws IOException {
        String answer;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/channels HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + 11 * 1024 * 1024 + "\r\n"
                    + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
        String contentType = head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("");
        assertErrorShape(Integer.parseInt(head.split(" ")[1]), contentType,
                answer.substring(head.length() + 4), 413);
    }

    @Test
    void aReChargeThatCannotBeReachedIs502WithoutJavaClassNames() {
        Response answer = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Unreachable " + JUNK.length(), "accessToken", "sk_unreachable_000000000000",
                        "baseUrl", "http://localhost:1"))
                .post("/api/channels");

        assertErrorShape(answer, 502);
        assertThat(fields(answer)).containsExactly("baseUrl");
        assertThat(answer.asString()).doesNotContainPattern("[A-Z][A-Za-z]+(Exception|Error)\\b")
                .doesNotContain("java.", "io.");
    }

    private static Response send(Route route, String path, ContentType type, Object body) {
        return send(given(), route, path, type, body);
    }

    /** A request without a body goes as curl sends it: without a Content-Type (rest-assured would say it is a form). */
    private static Response send(RequestSpecification request, Route route, String path, ContentType type, Object body) {
        request = body != null ? request.contentType(type).body(body) : request.noContentType();
        return request.request(route.method(), path);
    }

    /** The route's path with an id that exists (the default warehouse's, 1: every table's first row). */
    private static String existing(Route route) {
        return route.path().replace("{id}", "1");
    }

    private static void assertErrorShape(Response answer, int status) {
        assertErrorShape(answer.statusCode(), answer.contentType(), answer.asString(), status);
    }

    private static void assertErrorShape(int actualStatus, String contentType, String text, int status) {
        assertThat(actualStatus).as(text).isEqualTo(status);
        assertThat(contentType).as(text).startsWith("application/json");
        JsonPath json = JsonPath.from(text);
        assertThat(json.getString("error")).as(text).isNotBlank();
        List<Map<String, Object>> details = json.getList("details");
        assertThat(details).as(text).isNotNull()
                .allSatisfy(detail -> {
                    assertThat(detail.keySet()).isEqualTo(Set.of("field", "message"));
                    assertThat(detail.values()).allSatisfy(value -> assertThat(value).isInstanceOf(String.class));
                });
        assertThat(text).doesNotContain(JUNK);
    }

    private static List<String> fields(Response answer) {
        return answer.jsonPath().getList("details.field", String.class);
    }
}
