package io.rechargechannel.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every {@code @QuarkusTest} calls the API as the admin (HTTP Basic, sent at once) unless it says otherwise with
 * {@code given().auth().none()} or {@code .auth().preemptive().basic(...)}: the tests of what the API does need a
 * signed-in caller; the tests of who may do it choose their own.
 */
public class SignedInAsAdmin implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }
}
