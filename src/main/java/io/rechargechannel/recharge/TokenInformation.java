package io.rechargechannel.recharge;

import java.util.List;

/** {@code GET /token_information}: the token's nickname, owner and granted scopes. */
public record TokenInformation(String name, String contactEmail, List<String> scopes) {

    public TokenInformation {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }
}
