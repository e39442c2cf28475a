package io.rechargechannel.channel;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.List;

/**
 * The check of a token: ReCharge must accept it and it must carry every scope the channel needs. Runs outside
 * any transaction (it is an HTTP call) and never throws: the caller decides what a failed check refuses.
 */
@ApplicationScoped
class TokenCheck {

    private final TokenInspector inspector;

    TokenCheck(TokenInspector inspector) {
        this.inspector = inspector;
    }

    /** @param channel who the token is for, for the log: "channel 12" or "new channel 'ReCharge UK'" */
    TokenVerdict check(URI baseUrl, String token, String channel) {
        TokenInspection inspection = inspector.inspect(baseUrl, token);
        return switch (inspection.outcome()) {
            case REJECTED -> {
                Log.infof("Token for %s rejected: %s", channel, inspection.problem());
                yield TokenVerdict.rejected();
            }
            case UNREACHABLE -> {
                Log.warnf("Token check for %s failed: %s", channel, inspection.problem());
                yield TokenVerdict.unreachable();
            }
            case ACCEPTED -> scopes(channel, inspection);
        };
    }

    private static TokenVerdict scopes(String channel, TokenInspection inspection) {
        List<MissingPermission> missing = RequiredPermissions.missingFrom(inspection.scopes(), inspection.tokenName());
        if (missing.isEmpty()) {
            return TokenVerdict.usable(inspection.storeName(), inspection.tokenName());
        }
        Log.infof("Token for %s lacks scopes %s", channel, missing.stream().map(MissingPermission::scope).toList());
        return TokenVerdict.lacking(missing, inspection.storeName(), inspection.tokenName());
    }
}
