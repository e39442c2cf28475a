package io.rechargechannel.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Who is doing what is being done, for the audit log and the order timeline: the signed-in person, or
 * {@code system} for work no request asked for (the sync, the dev seed, a first start).
 */
@ApplicationScoped
public class CurrentActor {

    public static final String SYSTEM = "system";

    private final Instance<SecurityIdentity> identity;

    CurrentActor(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    public String name() {
        if (!Arc.container().requestContext().isActive() || !identity.isResolvable()) {
            return SYSTEM;
        }
        SecurityIdentity current = identity.get();
        return current.isAnonymous() ? SYSTEM : current.getPrincipal().getName();
    }
}
