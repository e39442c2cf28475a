package io.rechargechannel.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns away a user who has been disabled, on every request: a form session is re-read from its cookie each time,
 * so a disabled user's open session stops working at their next click, and their Basic credentials stop at once.
 */
@ApplicationScoped
class DisabledUsersRefused implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            boolean enabled = QuarkusTransaction.joiningExisting().call(() -> AppUser.byUsername(
                    identity.getPrincipal().getName()).map(user -> user.enabled).orElse(false));
            if (!enabled) {
                throw new AuthenticationFailedException("user is disabled");
            }
            return identity;
        });
    }
}
