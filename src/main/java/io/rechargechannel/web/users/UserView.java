package io.rechargechannel.web.users;

import io.rechargechannel.auth.AppUser;
import io.rechargechannel.auth.Role;

import java.time.Instant;
import java.util.List;

/** A user as the API shows it: never the password or its hash. */
public record UserView(long id, String username, List<String> roles, boolean enabled, String email,
                       Instant createdAt, Instant updatedAt) {

    static UserView from(AppUser user) {
        return new UserView(user.id, user.username, user.roleList().stream().map(Role::id).toList(), user.enabled,
                user.email, user.createdAt, user.updatedAt);
    }
}
