package io.rechargechannel.launch;

import io.rechargechannel.testing.PackagedApp;
import io.rechargechannel.testing.RestartablePostgres;
import io.rechargechannel.testing.TestUsers;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in as operators meet it, with the packaged application started as a process: a page session made by one
 * instance works on another instance sharing the database and after a restart (the cookie's key comes from the
 * shared token key, never from a per-instance random value); a first start with no users and no bootstrap
 * variables refuses to start and names both.
 */
class SignInStartIT {

    private static RestartablePostgres shared;
    private final Path work = PackagedApp.freshDirectory(Launches.WORK.resolve("sign-in"));
    private final String key = Launches.newKey();

    @BeforeAll
    static void startTheSharedDatabase() {
        shared = RestartablePostgres.start();
    }

    @AfterAll
    static void stopTheSharedDatabase() {
        shared.close();
    }

    private PackagedApp.Launch instance(String name) {
        return Launches.launch(name, work.resolve(name)).port(PackagedApp.freePort())
                .env("QUARKUS_DATASOURCE_JDBC_URL", shared.jdbcUrl())
                .env("QUARKUS_DATASOURCE_USERNAME", "postgres")
                .env("QUARKUS_DATASOURCE_PASSWORD", "")
                .env("CHANNEL_TOKEN_KEY", key)
                .env("SYNC_ENABLED", "false");
    }

    @Test
    void aSessionWorksOnEveryInstanceOfTheDatabaseAndSurvivesARestart() {
        String session;
        try (PackagedApp first = instance("first").start(Launches.START);
             PackagedApp second = instance("second").start(Launches.START)) {
            session = signIn(first);
            assertThat(pageStatus(first, session)).isEqualTo(200);
            assertThat(pageStatus(second, session)).as("the other instance reads the session").isEqualTo(200);
        }
        try (PackagedApp restarted = instance("restarted").start(Launches.START)) {
            assertThat(pageStatus(restarted, session)).as("after a restart").isEqualTo(200);
            assertThat(pageStatus(restarted, "not a session")).isEqualTo(302);
        }
    }

    @Test
    void aFirstStartWithNoUsersAndNoBootstrapVariablesIsRefusedNamingBoth() {
        PackagedApp.Exit refused = Launches.launch("no-users", PackagedApp.freshDirectory(work.resolve("no-users")))
                .env("AUTH_BOOTSTRAP_ADMIN_USERNAME", null)
                .env("AUTH_BOOTSTRAP_ADMIN_PASSWORD", null)
                .startExpectingExit(Launches.START);

        assertThat(refused.code()).isNotZero();
        assertThat(refused.log()).contains("AUTH_BOOTSTRAP_ADMIN_USERNAME").contains("AUTH_BOOTSTRAP_ADMIN_PASSWORD");
    }

    private static String signIn(PackagedApp app) {
        Response signedIn = given().baseUri(app.baseUrl()).redirects().follow(false)
                .formParams("j_username", TestUsers.ADMIN, "j_password", TestUsers.ADMIN_PASSWORD)
                .post("/j_security_check");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return signedIn.getCookie("recharge-session");
    }

    private static int pageStatus(PackagedApp app, String session) {
        return given().baseUri(app.baseUrl()).redirects().follow(false).cookie("recharge-session", session)
                .get("/settings/users").statusCode();
    }
}
