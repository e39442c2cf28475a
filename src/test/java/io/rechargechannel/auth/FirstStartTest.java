package io.rechargechannel.auth;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a start does about users, decided without a database. */
class FirstStartTest {

    @Test
    void withNoUsersTheBootstrapVariablesMakeTheFirstAdmin() {
        FirstStart.Plan plan = FirstStart.plan(0, Optional.of(" ops-lead "), Optional.of("a long enough password"), false);

        assertThat(plan.bootstrapAdmin()).contains("ops-lead");
        assertThat(plan.demoUsers()).isFalse();
    }

    @Test
    void withNoUsersAndNoVariablesOutsideDevTheStartIsRefusedNamingBothVariables() {
        assertThatThrownBy(() -> FirstStart.plan(0, Optional.empty(), Optional.empty(), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AUTH_BOOTSTRAP_ADMIN_USERNAME")
                .hasMessageContaining("AUTH_BOOTSTRAP_ADMIN_PASSWORD");
    }

    @Test
    void halfTheVariablesIsAMistakeSaidAsSuch() {
        assertThatThrownBy(() -> FirstStart.plan(0, Optional.of("admin"), Optional.empty(), true))
                .hasMessageContaining("Only one of");
    }

    @Test
    void devModeMakesTheDemoUsers() {
        assertThat(FirstStart.plan(0, Optional.empty(), Optional.empty(), true).demoUsers()).isTrue();
    }

    @Test
    void onceAnyUserExistsNothingIsCreated() {
        FirstStart.Plan plan = FirstStart.plan(3, Optional.of("admin"), Optional.of("a long enough password"), true);

        assertThat(plan.bootstrapAdmin()).isEmpty();
        assertThat(plan.demoUsers()).isFalse();
    }
}
