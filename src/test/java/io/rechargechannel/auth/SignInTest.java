package io.rechargechannel.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.TestUsers;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Signing in to the pages with the form: where it lands, what the cookie is, how it ends. */
@QuarkusTest
class SignInTest {

    @Test
    void aPageSendsAStrangerToSignInAndSigningInLandsWhereTheyWereGoing() {
        Response challenge = given().auth().none().redirects().follow(false).get("/settings/users?x=1");
        assertThat(challenge.statusCode()).isEqualTo(302);
        assertThat(challenge.header("Location")).endsWith("/login");
        String wanted = challenge.getCookie("quarkus-redirect-location");
        assertThat(wanted).contains("/settings/users");

        Response signIn = given().auth().none().redirects().follow(false).cookie("quarkus-redirect-location", wanted)
                .formParams("j_username", TestUsers.ADMIN, "j_password", TestUsers.ADMIN_PASSWORD)
                .post("/j_security_check");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.header("Location")).endsWith("/settings/users?x=1");
        given().auth().none().cookie(PageSession.SESSION_COOKIE, signIn.getCookie(PageSession.SESSION_COOKIE))
                .get("/settings/users").then().statusCode(200).body(containsString("Users"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndSecureBehindTls() {
        Cookie plain = signInCookie(Map.of());
        assertThat(plain.isHttpOnly()).isTrue();
        assertThat(plain.getSameSite()).isEqualToIgnoringCase("Lax");
        assertThat(plain.isSecured()).isFalse();

        Cookie behindTls = signInCookie(Map.of("X-Forwarded-Proto", "https"));
        assertThat(behindTls.isSecured()).isTrue();
    }

    @Test
    void aWrongPasswordGoesBackToTheFormWithTheProblemNamed() {
        Response signIn = given().auth().none().redirects().follow(false)
                .formParams("j_username", TestUsers.ADMIN, "j_password", "not the password")
                .post("/j_security_check");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.header("Location")).endsWith("/login?error=true");
        assertThat(signIn.getCookie(PageSession.SESSION_COOKIE)).isNull();
        given().auth().none().get("/login?error=true").then().statusCode(200)
                .body(containsString("The username or password is not right"));
    }

    @Test
    void theFrontDoorTakesEachRoleHome() {
        assertThat(homeOf(TestUsers.ADMIN)).endsWith("/settings/sales-channels");
        assertThat(homeOf(TestUsers.WAREHOUSE)).endsWith("/orders");
        assertThat(homeOf(TestUsers.OPS)).endsWith("/status");
        given().auth().none().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/login"));
    }

    @Test
    void signingOutEndsTheSession() {
        PageSession session = PageSession.signIn(TestUsers.OPS, TestUsers.DEMO_PASSWORD);
        session.get("/status").then().statusCode(200);

        Response out = session.post("/logout", Map.of());

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/login?signedOut=true");
        assertThat(out.getDetailedCookie(PageSession.SESSION_COOKIE).getMaxAge()).isZero();
    }

    @Test
    void aDisabledUsersOpenSessionStopsAtTheirNextClick() {
        String username = "floor-" + UUID.randomUUID().toString().substring(0, 8);
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "a long enough password", "roles", List.of("ops")))
                .post("/api/users").then().statusCode(201).extract().path("id");
        PageSession session = PageSession.signIn(username, "a long enough password");
        session.get("/status").then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("enabled", false)).patch("/api/users/" + id).then().statusCode(200);

        Response next = session.get("/status");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.header("Location")).endsWith("/login");
    }

    @Test
    void theApiTakesBasicButNeverPromptsAPageVisitor() {
        given().auth().none().get("/api/channels").then().statusCode(401).contentType(ContentType.JSON)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("error", containsString("Sign in"));
        given().auth().none().redirects().follow(false).get("/settings/sales-channels").then().statusCode(302)
                .header("WWW-Authenticate", equalTo(null));
    }

    @Test
    void aSignedInPageCanUseTheJsonApiWithItsSession() {
        PageSession session = PageSession.signIn(TestUsers.WAREHOUSE, TestUsers.DEMO_PASSWORD);

        given().auth().none().cookie(PageSession.SESSION_COOKIE, session.cookie()).get("/api/orders?size=1").then()
                .statusCode(200).body(not(containsString("error")));
    }

    private static Cookie signInCookie(Map<String, String> headers) {
        return given().auth().none().redirects().follow(false).headers(headers)
                .formParams("j_username", TestUsers.ADMIN, "j_password", TestUsers.ADMIN_PASSWORD)
                .post("/j_security_check").getDetailedCookie(PageSession.SESSION_COOKIE);
    }

    private static String homeOf(String username) {
        PageSession session = PageSession.signIn(username, TestUsers.passwordOf(username));
        return given().auth().none().redirects().follow(false).cookie(PageSession.SESSION_COOKIE, session.cookie())
                .get("/").header("Location");
    }
}
