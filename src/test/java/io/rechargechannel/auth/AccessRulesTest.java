package io.rechargechannel.auth;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.TestUsers;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who may call what: every endpoint with every kind of caller, and the status each gets. Allowed callers are told
 * what is wrong with the request (400, 404) or answered (200); others get 403 when signed in, and 401 from the API
 * (a page sends them to sign in) when not.
 */
@QuarkusTest
class AccessRulesTest {

    @ParameterizedTest(name = "{0} {1}: anonymous {2}, admin {3}, warehouse {4}, ops {5}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /api/channels                         | 401 | 200 | 200 | 200
            POST   | /api/channels                         | 401 | 400 | 403 | 403
            GET    | /api/channels/999999                  | 401 | 404 | 404 | 404
            PATCH  | /api/channels/999999                  | 401 | 404 | 403 | 403
            DELETE | /api/channels/999999                  | 401 | 404 | 403 | 403
            POST   | /api/channels/999999/token-check      | 401 | 404 | 403 | 403
            POST   | /api/channels/999999/sync             | 401 | 404 | 403 | 403
            GET    | /api/channels/999999/sync-runs        | 401 | 404 | 403 | 404
            GET    | /api/channels/999999/quarantine       | 401 | 404 | 403 | 404
            GET    | /api/orders                           | 401 | 200 | 200 | 403
            GET    | /api/orders/counts                    | 401 | 200 | 200 | 403
            GET    | /api/orders/999999                    | 401 | 404 | 404 | 403
            POST   | /api/orders/999999/hold               | 401 | 400 | 400 | 403
            POST   | /api/orders/999999/release            | 401 | 404 | 404 | 403
            GET    | /orders                               | 302 | 200 | 200 | 403
            GET    | /orders/board                         | 302 | 200 | 200 | 403
            GET    | /orders/999999                        | 302 | 404 | 404 | 403
            GET    | /api/products                         | 401 | 200 | 200 | 403
            GET    | /api/stock                            | 401 | 200 | 200 | 403
            GET    | /api/stock/movements                  | 401 | 200 | 200 | 403
            POST   | /api/stock/adjustments                | 401 | 400 | 400 | 403
            GET    | /api/carriers                         | 401 | 200 | 200 | 403
            POST   | /api/orders/999999/despatch           | 401 | 400 | 400 | 403
            POST   | /api/despatches                       | 401 | 400 | 400 | 403
            GET    | /api/warehouses                       | 401 | 200 | 200 | 403
            POST   | /api/warehouses                       | 401 | 400 | 403 | 403
            GET    | /api/warehouses/999999                | 401 | 404 | 404 | 403
            PATCH  | /api/warehouses/999999                | 401 | 404 | 403 | 403
            GET    | /api/users                            | 401 | 200 | 403 | 403
            POST   | /api/users                            | 401 | 400 | 403 | 403
            PATCH  | /api/users/999999                     | 401 | 404 | 403 | 403
            GET    | /api/users/999999                     | 401 | 404 | 403 | 403
            GET    | /api/audit                            | 401 | 200 | 403 | 403
            GET    | /api/emails                           | 401 | 200 | 200 | 403
            GET    | /api/emails/999999                    | 401 | 404 | 404 | 403
            POST   | /api/emails/999999/retry              | 401 | 404 | 404 | 403
            POST   | /api/emails/retry-failed              | 401 | 200 | 200 | 403
            GET    | /emails                               | 302 | 200 | 200 | 403
            GET    | /settings/emails                      | 302 | 200 | 403 | 403
            GET    | /email/unsubscribe                    | 400 | 400 | 400 | 400
            POST   | /email/unsubscribe                    | 400 | 400 | 400 | 400
            GET    | /dev/mailbox                          | 302 | 404 | 403 | 403
            GET    | /sandbox/stores                       | 401 | 200 | 403 | 403
            GET    | /settings/sales-channels              | 302 | 200 | 403 | 403
            GET    | /settings/sales-channels/new          | 302 | 200 | 403 | 403
            GET    | /settings/sales-channels/999999       | 302 | 404 | 403 | 403
            POST   | /settings/sales-channels/999999/active | 302 | 400 | 403 | 403
            GET    | /settings/general                     | 302 | 200 | 403 | 403
            GET    | /settings/warehouses                  | 302 | 200 | 403 | 403
            GET    | /settings/warehouses/new              | 302 | 200 | 403 | 403
            GET    | /settings/warehouses/999999           | 302 | 404 | 403 | 403
            GET    | /settings/users                       | 302 | 200 | 403 | 403
            GET    | /settings/users/new                   | 302 | 200 | 403 | 403
            GET    | /settings/users/999999                | 302 | 404 | 403 | 403
            POST   | /settings/users                       | 302 | 400 | 403 | 403
            GET    | /settings/audit                       | 302 | 200 | 403 | 403
            GET    | /status                               | 302 | 200 | 403 | 200
            GET    | /stock                                | 302 | 200 | 200 | 403
            GET    | /stock/export.csv                     | 302 | 200 | 200 | 403
            GET    | /stock/movements?sku=NONE             | 302 | 200 | 200 | 403
            GET    | /orders/pick-list?orderId=1           | 302 | 200 | 200 | 403
            GET    | /orders/despatch?orderId=1            | 302 | 200 | 200 | 403
            GET    | /orders/despatch/upload               | 302 | 200 | 200 | 403
            GET    | /orders/999999/despatch               | 302 | 404 | 404 | 403
            GET    | /orders/999999/packing-slip           | 302 | 404 | 404 | 403
            GET    | /login                                | 200 | 303 | 303 | 303
            GET    | /                                     | 303 | 303 | 303 | 303
            GET    | /q/health/live                        | 200 | 200 | 200 | 200
            GET    | /q/health/ready                       | 200 | 200 | 200 | 200
            GET    | /q/metrics                            | 200 | 200 | 200 | 200
            GET    | /q/openapi                            | 200 | 200 | 200 | 200
            GET    | /q/swagger-ui/index.html              | 200 | 200 | 200 | 200
            """)
    void eachCallerGetsTheirAnswer(String method, String path, int anonymous, int admin, int warehouse, int ops) {
        call(given().auth().none(), method, path).then().statusCode(anonymous);
        call(as(TestUsers.ADMIN), method, path).then().statusCode(admin);
        call(as(TestUsers.WAREHOUSE), method, path).then().statusCode(warehouse);
        call(as(TestUsers.OPS), method, path).then().statusCode(ops);
    }

    @ParameterizedTest
    @CsvSource({"/q/health/group/sync", "/q/health"})
    void healthNeedsNoSignIn(String path) {
        given().auth().none().get(path).then().statusCode(anyOf(equalTo(200), equalTo(503)));
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, TestUsers.passwordOf(username));
    }

    private static Response call(RequestSpecification request, String method, String path) {
        RequestSpecification sent = request.redirects().follow(false);
        if (!method.equals("GET") && !method.equals("DELETE") && path.startsWith("/api/")) {
            sent = sent.contentType(ContentType.JSON).body("{}");
        }
        return sent.request(method, path);
    }
}
