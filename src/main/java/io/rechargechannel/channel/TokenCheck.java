package io.rechargechannel.channel;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.List;

/**
 * The check on submit: ReCharge must accept the token and it must carry every scope the channel needs.
 * Turns each failure into a {@link ChannelProblem} that tells the admin what to do.
 */
@ApplicationScoped
class TokenCheck {

    static final String REJECTED = "The access token was rejected by ReCharge: check it was copied completely, "
            + "or create a new one in ReCharge → Tools & apps → API tokens";
    static final String LACKS_PERMISSIONS = "The access token lacks permissions";

    private final TokenInspector inspector;

    TokenCheck(TokenInspector inspector) {
        this.inspector = inspector;
    }

    void requireUsable(URI baseUrl, String token, String channelName) {
        TokenInspection inspection = inspector.inspect(baseUrl, token);
        switch (inspection.outcome()) {
            case REJECTED -> throw reject(channelName, inspection);
            case UNREACHABLE -> throw unreachable(channelName, inspection);
            case ACCEPTED -> requireScopes(channelName, inspection);
        }
    }

    private static void requireScopes(String channelName, TokenInspection inspection) {
        List<MissingPermission> missing = RequiredPermissions.missingFrom(inspection.scopes(), inspection.tokenName());
        if (!missing.isEmpty()) {
            Log.infof("Token for channel '%s' lacks scopes %s", channelName,
                    missing.stream().map(MissingPermission::scope).toList());
            throw new ChannelProblem(ChannelProblem.Kind.UNACCEPTABLE, LACKS_PERMISSIONS, missing);
        }
    }

    private static ChannelProblem reject(String channelName, TokenInspection inspection) {
        Log.infof("Token for channel '%s' rejected: %s", channelName, inspection.problem());
        return ChannelProblem.unacceptable(REJECTED);
    }

    private static ChannelProblem unreachable(String channelName, TokenInspection inspection) {
        Log.warnf("Token check for channel '%s' failed: %s", channelName, inspection.problem());
        return new ChannelProblem(ChannelProblem.Kind.RECHARGE_UNREACHABLE,
                "ReCharge could not be reached to check the access token; try again in a minute, "
                        + "and check the base URL if it keeps failing", List.of(inspection.problem()));
    }
}
