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
    private static final String ACCESS_TOKEN = "accessToken";
    private static final String BASE_URL = "baseUrl";

    private final TokenInspector inspector;

    TokenCheck(TokenInspector inspector) {
        this.inspector = inspector;
    }

    /** @param channel who the token is for, for the log: "channel 12" or "new channel 'ReCharge UK'" */
    void requireUsable(URI baseUrl, String token, String channel) {
        TokenInspection inspection = inspector.inspect(baseUrl, token);
        switch (inspection.outcome()) {
            case REJECTED -> throw reject(channel, inspection);
            case UNREACHABLE -> throw unreachable(channel, inspection);
            case ACCEPTED -> requireScopes(channel, inspection);
        }
    }

    private static void requireScopes(String channel, TokenInspection inspection) {
        List<MissingPermission> missing = RequiredPermissions.missingFrom(inspection.scopes(), inspection.tokenName());
        if (!missing.isEmpty()) {
            Log.infof("Token for %s lacks scopes %s", channel,
                    missing.stream().map(MissingPermission::scope).toList());
            throw new ChannelProblem(ChannelProblem.Kind.UNACCEPTABLE, ACCESS_TOKEN, LACKS_PERMISSIONS, missing);
        }
    }

    private static ChannelProblem reject(String channel, TokenInspection inspection) {
        Log.infof("Token for %s rejected: %s", channel, inspection.problem());
        return new ChannelProblem(ChannelProblem.Kind.UNACCEPTABLE, ACCESS_TOKEN, REJECTED, List.of());
    }

    private static ChannelProblem unreachable(String channel, TokenInspection inspection) {
        Log.warnf("Token check for %s failed: %s", channel, inspection.problem());
        return new ChannelProblem(ChannelProblem.Kind.RECHARGE_UNREACHABLE, BASE_URL,
                "ReCharge could not be reached to check the access token; try again in a minute, "
                        + "and check the base URL if it keeps failing", List.of(inspection.problem()));
    }
}
