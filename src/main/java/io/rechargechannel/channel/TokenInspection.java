package io.rechargechannel.channel;

import java.util.Set;

/**
 * What ReCharge said about a token: accepted (with its name, scopes and, when it may read it, the store's name),
 * rejected, or no answer.
 */
public record TokenInspection(Outcome outcome, String tokenName, Set<String> scopes, String storeName, String problem) {

    public enum Outcome { ACCEPTED, REJECTED, UNREACHABLE }

    public TokenInspection {
        scopes = Set.copyOf(scopes);
    }

    public static TokenInspection accepted(String tokenName, Set<String> scopes, String storeName) {
        return new TokenInspection(Outcome.ACCEPTED, tokenName, scopes, storeName, null);
    }

    public static TokenInspection rejected(String problem) {
        return new TokenInspection(Outcome.REJECTED, null, Set.of(), null, problem);
    }

    public static TokenInspection unreachable(String problem) {
        return new TokenInspection(Outcome.UNREACHABLE, null, Set.of(), null, problem);
    }
}
