package io.rechargechannel.auth;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Makes sure somebody can sign in. On a database with no users, {@code AUTH_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code AUTH_BOOTSTRAP_ADMIN_PASSWORD} create the first admin (as Keycloak's bootstrap admin does); dev mode adds
 * the documented demo users. With neither, the start is refused: a service nobody can sign in to helps nobody.
 * Once any user exists, both are ignored.
 */
@ApplicationScoped
class FirstStart {

    static final String USERNAME_VARIABLE = "AUTH_BOOTSTRAP_ADMIN_USERNAME";
    static final String PASSWORD_VARIABLE = "AUTH_BOOTSTRAP_ADMIN_PASSWORD";
    static final String DEMO_PASSWORD = "demo-password";
    static final List<String> DEMO_USERS = List.of(Role.Names.ADMIN, Role.Names.WAREHOUSE, Role.Names.OPS);

    /** What a start does about users. */
    record Plan(Optional<String> bootstrapAdmin, boolean demoUsers) {
    }

    private final UserAccounts accounts;
    private final AuthConfig config;

    FirstStart(UserAccounts accounts, AuthConfig config) {
        this.accounts = accounts;
        this.config = config;
    }

    /** Early, so that a refused start fails before anything else begins (the sync, the dev seed). */
    void onStart(@Observes @Priority(10) StartupEvent event) {
        long users = accounts.count();
        Plan plan = plan(users, config.bootstrapAdmin().username(), config.bootstrapAdmin().password(), config.demoUsers());
        plan.bootstrapAdmin().ifPresent(username -> createBootstrapAdmin(username, config.bootstrapAdmin().password().orElseThrow()));
        if (plan.demoUsers()) {
            createDemoUsers();
        }
        if (users > 0 && config.bootstrapAdmin().username().isPresent()) {
            Log.infof("%d users exist: %s is ignored", users, USERNAME_VARIABLE);
        }
    }

    /**
     * @throws IllegalStateException when nobody could sign in, naming the variables to set
     */
    static Plan plan(long users, Optional<String> username, Optional<String> password, boolean demoUsers) {
        if (users > 0) {
            return new Plan(Optional.empty(), false);
        }
        Optional<String> admin = username.map(String::strip).filter(name -> !name.isEmpty());
        boolean hasPassword = password.filter(p -> !p.isEmpty()).isPresent();
        if (admin.isPresent() != hasPassword) {
            throw new IllegalStateException("Only one of " + USERNAME_VARIABLE + " and " + PASSWORD_VARIABLE
                    + " is set: set both to create the first admin");
        }
        if (admin.isEmpty() && !demoUsers) {
            throw new IllegalStateException("No user can sign in: the database has no users. Set " + USERNAME_VARIABLE
                    + " and " + PASSWORD_VARIABLE + " (at least " + PasswordRules.MIN_LENGTH
                    + " characters) to create the first admin, then start again");
        }
        return new Plan(admin, demoUsers);
    }

    private void createBootstrapAdmin(String username, String password) {
        try {
            accounts.create(username, password, EnumSet.of(Role.ADMIN));
            Log.infof("First start: admin '%s' created from %s and %s", username.strip(), USERNAME_VARIABLE, PASSWORD_VARIABLE);
        } catch (AccountProblem problem) {
            if (problem.kind() == AccountProblem.Kind.CONFLICT) {
                return; // another instance starting on the same database created it first
            }
            throw new IllegalStateException(PASSWORD_VARIABLE + " / " + USERNAME_VARIABLE + " cannot be used: "
                    + problem.getMessage(), problem);
        }
    }

    private void createDemoUsers() {
        List<String> created = new ArrayList<>();
        for (String username : DEMO_USERS) {
            try {
                accounts.create(username, DEMO_PASSWORD, EnumSet.of(Role.byId(username).orElseThrow()));
                created.add(username);
            } catch (AccountProblem taken) {
                Log.debugf("Demo user %s not created: %s", username, taken.getMessage());
            }
        }
        if (!created.isEmpty()) {
            Log.warnf("Demo users created: %s, each with the password '%s' (see README, Sign-in). They are for trying "
                    + "the service: change their passwords or disable them on /settings/users.", created, DEMO_PASSWORD);
        }
    }
}
