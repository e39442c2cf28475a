package io.rechargechannel.web.users;

import jakarta.validation.constraints.Size;

import java.util.List;

/** Any subset: a new password, the roles (all of them), enabled or not. The username never changes. */
public record UserPatchRequest(@Size(max = 200) String password, List<String> roles, Boolean enabled) {

    @Override
    public String toString() {
        return "UserPatchRequest[password=" + (password == null ? "unchanged" : "(hidden)") + ", roles=" + roles
                + ", enabled=" + enabled + "]";
    }
}
