package io.rechargechannel.web.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Any subset: a new password, the roles (all of them), enabled or not, the email ("" clears it). The username never changes. */
public record UserPatchRequest(@Size(max = 200) String password, List<String> roles, Boolean enabled,
                               @Email @Size(max = 320) String email) {

    @Override
    public String toString() {
        return "UserPatchRequest[password=" + (password == null ? "unchanged" : "(hidden)") + ", roles=" + roles
                + ", enabled=" + enabled + ", email=" + email + "]";
    }
}
