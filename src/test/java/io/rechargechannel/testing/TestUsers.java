package io.rechargechannel.testing;

/**
 * The users every test run has: the bootstrap admin of the test profile ({@code %test.auth.bootstrap-admin.*})
 * and the demo users for the other roles ({@code %test.auth.demo-users}).
 */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-password-1";
    public static final String WAREHOUSE = "warehouse";
    public static final String OPS = "ops";
    public static final String DEMO_PASSWORD = "demo-password";

    private TestUsers() {
    }

    public static String passwordOf(String username) {
        return ADMIN.equals(username) ? ADMIN_PASSWORD : DEMO_PASSWORD;
    }
}
