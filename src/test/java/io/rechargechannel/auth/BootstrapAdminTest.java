package io.rechargechannel.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The test profile starts on an empty database with {@code auth.bootstrap-admin.*} set (as
 * AUTH_BOOTSTRAP_ADMIN_USERNAME / _PASSWORD would) and the demo users on: the admin comes from the variables.
 */
@QuarkusTest
class BootstrapAdminTest {

    @Test
    void theFirstAdminComesFromTheBootstrapVariablesAndTheAuditSaysSo() {
        given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).get("/api/users").then()
                .statusCode(200)
                .body("find { it.username == 'admin' }.roles", equalTo(List.of("admin")));
        // the demo password does not open the bootstrap admin: it was made from the variables, not as a demo user
        given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.DEMO_PASSWORD).get("/api/users").then()
                .statusCode(401);
        int admin = given().get("/api/users").then().extract().path("find { it.username == 'admin' }.id");
        given().get("/api/audit?subject=USER&subjectId=" + admin).then()
                .body("items.find { it.action == 'CREATED' }.actor", equalTo("system"));
    }
}
