package io.rechargechannel.channel;

import java.util.List;
import java.util.StringJoiner;

/**
 * What the token check concluded, in words for the admin: usable (with the store's name when ReCharge gave it),
 * rejected, lacking permissions (each named, with its fix) or not checked because ReCharge gave no answer.
 */
public record TokenVerdict(Outcome outcome, String message, List<MissingPermission> missingPermissions,
                           String storeName, String tokenName) {

    public enum Outcome { USABLE, REJECTED, LACKS_PERMISSIONS, UNREACHABLE }

    static final String REJECTED = "ReCharge rejected the access token: check it was copied completely, or create a "
            + "new one in ReCharge → Tools & apps → API tokens";
    static final String UNREACHABLE = "ReCharge could not be reached to check the access token; try again in a minute, "
            + "and check the base URL if it keeps failing";

    public TokenVerdict {
        missingPermissions = List.copyOf(missingPermissions);
    }

    static TokenVerdict usable(String storeName, String tokenName) {
        return new TokenVerdict(Outcome.USABLE, storeName == null ? "The access token works"
                : "The access token works for the store “" + storeName + "”", List.of(), storeName, tokenName);
    }

    static TokenVerdict rejected() {
        return new TokenVerdict(Outcome.REJECTED, REJECTED, List.of(), null, null);
    }

    static TokenVerdict lacking(List<MissingPermission> missing, String storeName, String tokenName) {
        String permissions = String.join(" and ", MissingPermission.onePerPermission(missing).stream()
                .map(MissingPermission::permission).toList());
        return new TokenVerdict(Outcome.LACKS_PERMISSIONS, "The access token lacks " + permissions, missing, storeName,
                tokenName);
    }

    static TokenVerdict unreachable() {
        return new TokenVerdict(Outcome.UNREACHABLE, UNREACHABLE, List.of(), null, null);
    }

    public boolean usable() {
        return outcome == Outcome.USABLE;
    }

    /** One line for a channel's status: each missing permission with its scopes, and how to grant them. */
    public String statusLine() {
        if (missingPermissions.isEmpty()) {
            return message;
        }
        StringJoiner lacking = new StringJoiner("; ", "The access token lacks ", ". ");
        distinctPermissions().forEach(missing -> lacking.add(missing.permission() + " (" + missing.scope() + ")"));
        return lacking + missingPermissions.get(0).fix() + ".";
    }

    /** The missing permissions once each, see {@link MissingPermission#onePerPermission}. */
    public List<MissingPermission> distinctPermissions() {
        return MissingPermission.onePerPermission(missingPermissions);
    }

    /** Why a channel with this token may not be saved active. */
    ChannelProblem asProblem() {
        return switch (outcome) {
            case USABLE -> throw new IllegalStateException("a usable token is no problem");
            case REJECTED -> ChannelProblem.onField("accessToken", ChannelProblem.Kind.UNACCEPTABLE, message, List.of());
            case LACKS_PERMISSIONS -> ChannelProblem.onField("accessToken", ChannelProblem.Kind.UNACCEPTABLE, message,
                    missingPermissions);
            case UNREACHABLE -> ChannelProblem.onField("baseUrl", ChannelProblem.Kind.RECHARGE_UNREACHABLE, message,
                    List.of());
        };
    }
}
