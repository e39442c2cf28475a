package io.rechargechannel.web.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

public record NewUserRequest(@NotBlank(message = "Enter a username") @Size(max = 64) String username,
                             @NotBlank(message = "Enter a password") @Size(max = 200) String password,
                             @NotEmpty(message = "Choose at least one role: admin, warehouse or ops") List<String> roles,
                             @Email @Size(max = 320) String email) {

    @Override
    public String toString() {
        return "NewUserRequest[username=" + username + ", password=(hidden), roles=" + roles + "]";
    }
}
