package io.rechargechannel.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.TestUsers;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Users through {@code /api/users}: who can sign in, with what password and roles, and what is refused. */
@QuarkusTest
class UserApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void anAdminAddsAUserWhoCanThenSignInWithTheirRoles() throws SQLException {
        String username = uniqueName();

        int id = add(username, "correct horse battery", List.of("warehouse", "ops"))
                .statusCode(201)
                .body("username", equalTo(username))
                .body("roles", equalTo(List.of("warehouse", "ops")))
                .body("enabled", equalTo(true))
                .body(not(containsString("password")))
                .extract().path("id");

        given().auth().preemptive().basic(username, "correct horse battery").get("/api/orders").then().statusCode(200);
        given().auth().preemptive().basic(username, "correct horse battery").get("/api/users").then().statusCode(403);
        assertThat(hashOf(id)).startsWith("$2a$").doesNotContain("correct horse battery");
        given().get("/api/users").then().body("username", hasItem(username));
    }

    @Test
    void aPasswordHasAtLeastTwelveCharactersAndNotTheUsername() {
        add(uniqueName(), "short pass", List.of("ops")).statusCode(400)
                .body("details[0].field", equalTo("password"))
                .body("error", containsString("at least 12 characters"));
        String username = uniqueName();
        add(username, username + "-is-my-password", List.of("ops")).statusCode(400)
                .body("error", containsString("must not contain the username"));
        add(uniqueName(), "é".repeat(40), List.of("ops")).statusCode(400).body("error", containsString("72 bytes"));
    }

    @Test
    void refusesBadUsernamesRolesAndDuplicates() {
        add("No Spaces Allowed", "a long enough password", List.of("ops")).statusCode(400)
                .body("details[0].field", equalTo("username"));
        add(uniqueName(), "a long enough password", List.of("superuser")).statusCode(400)
                .body("details[0].field", equalTo("roles"));
        add(uniqueName(), "a long enough password", List.of()).statusCode(400);
        add(TestUsers.WAREHOUSE, "a long enough password", List.of("ops")).statusCode(409);
    }

    @Test
    void aDisabledUserCannotSignInAndCanBeEnabledAgain() {
        String username = uniqueName();
        int id = add(username, "a long enough password", List.of("warehouse")).statusCode(201).extract().path("id");

        patch(id, Map.of("enabled", false)).statusCode(200).body("enabled", equalTo(false));

        given().auth().preemptive().basic(username, "a long enough password").get("/api/orders").then()
                .statusCode(401).contentType(ContentType.JSON).body("error", containsString("disabled"));
        patch(id, Map.of("enabled", true)).statusCode(200);
        given().auth().preemptive().basic(username, "a long enough password").get("/api/orders").then().statusCode(200);
    }

    @Test
    void aUserMayHaveAnEmailAddressWhichIsCheckedAndCanBeCleared() {
        int id = given().contentType(ContentType.JSON).body(Map.of("username", uniqueName(), "password",
                "a long enough password", "roles", List.of("ops"), "email", "sam@example.com"))
                .post("/api/users").then().statusCode(201).body("email", equalTo("sam@example.com")).extract().path("id");

        patch(id, Map.of("email", "not an address")).statusCode(400).body("details[0].field", equalTo("email"));
        patch(id, Map.of("email", "")).statusCode(200).body("email", equalTo(null));
    }

    @Test
    void aNewPasswordReplacesTheOldOne() {
        String username = uniqueName();
        int id = add(username, "the first password", List.of("ops")).statusCode(201).extract().path("id");

        patch(id, Map.of("password", "the second password")).statusCode(200);

        given().auth().preemptive().basic(username, "the first password").get("/api/channels").then().statusCode(401);
        given().auth().preemptive().basic(username, "the second password").get("/api/channels").then().statusCode(200);
    }

    @Test
    void theLastAdminWhoCanSignInCannotBeDisabledOrDemoted() {
        int admin = given().get("/api/users").then().extract().path("find { it.username == 'admin' }.id");
        long otherAdmins = given().get("/api/users").then().extract().jsonPath()
                .getList("findAll { it.enabled && it.roles.contains('admin') && it.username != 'admin' }").size();
        assertThat(otherAdmins).as("this test needs admin to be the only admin").isZero();

        patch(admin, Map.of("enabled", false)).statusCode(409).body("error", containsString("no admin"));
        patch(admin, Map.of("roles", List.of("ops"))).statusCode(409);
        given().get("/api/users/" + admin).then().body("enabled", equalTo(true)).body("roles", hasItem("admin"));
    }

    @Test
    void changesAreAuditedWithoutThePassword() {
        String username = uniqueName();
        int id = add(username, "an audited password", List.of("ops")).statusCode(201).extract().path("id");
        patch(id, Map.of("roles", List.of("ops", "warehouse"), "password", "another audited pw")).statusCode(200);

        given().get("/api/audit?subject=USER&subjectId=" + id).then()
                .statusCode(200)
                .body("items[0].actor", equalTo(TestUsers.ADMIN))
                .body("items[0].action", equalTo("CHANGED"))
                .body("items[0].changes.setting", equalTo(List.of("roles", "password")))
                .body("items[0].changes[0].from", equalTo("ops"))
                .body("items[0].changes[0].to", equalTo("warehouse,ops"))
                .body("items[0].changes[1].note", equalTo("password changed"))
                .body("items[1].action", equalTo("CREATED"))
                .body(not(containsString("audited")));
    }

    private static ValidatableResponse add(String username, String password, List<String> roles) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "roles", roles))
                .post("/api/users").then();
    }

    private static ValidatableResponse patch(int id, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).patch("/api/users/" + id).then();
    }

    private static String uniqueName() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String hashOf(int id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT password_hash FROM app_user WHERE id = ?")) {
            s.setInt(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
