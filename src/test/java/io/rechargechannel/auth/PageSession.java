package io.rechargechannel.auth;

import io.restassured.response.Response;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * A browser's session as rest-assured can hold it: the cookies of a form sign-in and the CSRF token of the last
 * page read, so a test can post a form as a signed-in person would.
 */
final class PageSession {

    static final String SESSION_COOKIE = "recharge-session";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final String session;
    private String csrfCookie;
    private String csrfToken;

    private PageSession(String session) {
        this.session = session;
    }

    /** Signs in through the login form, as a browser does. */
    static PageSession signIn(String username, String password) {
        Response response = given().auth().none().redirects().follow(false)
                .formParams("j_username", username, "j_password", password)
                .post("/j_security_check");
        String cookie = response.getCookie(SESSION_COOKIE);
        if (cookie == null) {
            throw new AssertionError("sign-in of " + username + " gave no session cookie: " + response.statusLine());
        }
        return new PageSession(cookie);
    }

    String cookie() {
        return session;
    }

    /** GETs a page with the session, keeping its CSRF token for the next post. */
    Response get(String path) {
        Response page = given().auth().none().redirects().follow(false).cookies(cookies()).get(path);
        String cookie = page.getCookie("csrf-token");
        if (cookie != null) {
            csrfCookie = cookie;
        }
        Matcher field = CSRF_FIELD.matcher(page.asString());
        if (field.find()) {
            csrfToken = field.group(1);
        }
        return page;
    }

    /** Posts a form as the page's own form would: with the session, the CSRF cookie and the token field. */
    Response post(String path, Map<String, ?> fields) {
        return given().auth().none().redirects().follow(false).cookies(cookies())
                .formParams(fields).formParam("csrf-token", csrfToken).post(path);
    }

    /** Posts a form without its CSRF token, as a forged cross-site form would. */
    Response postWithoutToken(String path, Map<String, ?> fields) {
        return given().auth().none().redirects().follow(false).cookies(cookies()).formParams(fields).post(path);
    }

    /** As htmx sends it: the token in the X-CSRF-TOKEN header. */
    Response htmxPost(String path, Map<String, ?> fields) {
        return given().auth().none().redirects().follow(false).cookies(cookies()).header("HX-Request", "true")
                .header("X-CSRF-TOKEN", csrfToken).formParams(fields).post(path);
    }

    private Map<String, String> cookies() {
        return csrfCookie == null ? Map.of(SESSION_COOKIE, session) : Map.of(SESSION_COOKIE, session, "csrf-token", csrfCookie);
    }
}
