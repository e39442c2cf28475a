package io.rechargechannel.sandbox;

import io.quarkus.logging.Log;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers one call to a ReCharge path the way ReCharge does, in this order: the token picks the store (401),
 * the token's leaky bucket admits the call or not (429), an injected fault may take over, the version header
 * must be 2021-11 (426), the token must hold the endpoint's scope (403), then the endpoint answers.
 */
final class RechargeExchange {

    static final String VERSION = "2021-11";

    private RechargeExchange() {
    }

    static void handle(RoutingContext ctx, SandboxStores stores, RechargeEndpoint endpoint) {
        HttpServerResponse response = ctx.response();
        response.putHeader("X-Request-Id", UUID.randomUUID().toString());
        String tokenValue = ctx.request().getHeader("X-Recharge-Access-Token");
        Optional<SandboxStore> found = stores.byToken(tokenValue);
        if (found.isEmpty()) {
            send(ctx, Answer.error(401, tokenValue == null
                    ? "Missing access token: send it in the X-Recharge-Access-Token header"
                    : "Invalid access token: it does not exist or has been revoked"));
            return;
        }
        SandboxStore store = found.get();
        Token token = store.access.token(tokenValue).orElseThrow();
        store.countRequest();
        StoreAccess.Admission admission = store.access.admit(token);
        response.putHeader("X-Recharge-Limit", admission.header());
        if (!admission.admitted()) {
            store.countThrottled();
            send(ctx, Answer.error(429, "Too many requests"));
            return;
        }
        Optional<FaultSpec> fault = store.faultPlan.next();
        fault.ifPresent(f -> store.countFault());
        if (fault.isPresent() && fault.get().type() == FaultType.SLOW) {
            ctx.vertx().setTimer(Math.max(1, fault.get().delay().toMillis()), id -> send(ctx, answer(ctx, store, token, endpoint)));
        } else if (fault.isPresent() && fault.get().type().replacesAnswer()) {
            send(ctx, faultAnswer(fault.get().type()));
        } else if (fault.isPresent()) {
            sendBroken(ctx, answer(ctx, store, token, endpoint), fault.get().type());
        } else {
            send(ctx, answer(ctx, store, token, endpoint));
        }
    }

    private static Answer answer(RoutingContext ctx, SandboxStore store, Token token, RechargeEndpoint endpoint) {
        String version = ctx.request().getHeader("X-Recharge-Version");
        if (!VERSION.equals(version)) {
            return Answer.error(426, "Unsupported API version " + (version == null ? "(no X-Recharge-Version header)"
                    : "\"" + version + "\"") + ": this sandbox serves X-Recharge-Version: " + VERSION + " only");
        }
        if (endpoint.scope() != null && !token.scopes().contains(endpoint.scope())) {
            return Answer.error(403, "This token is missing the " + endpoint.scope() + " scope needed for "
                    + ctx.request().path().replace(CreatedStore.BASE_URL, "")
                    + ". Edit the API token in ReCharge (Apps > API tokens) and grant that permission.");
        }
        try {
            return endpoint.handler().answer(store, token, ctx);
        } catch (RechargeError error) {
            return Answer.error(error);
        } catch (RuntimeException e) {
            Log.errorf(e, "sandbox store %d: %s failed", store.id(), ctx.request().path());
            return Answer.error(500, "Internal Server Error");
        }
    }

    private static Answer faultAnswer(FaultType type) {
        return switch (type) {
            case TOO_MANY_REQUESTS -> Answer.error(429, "Too many requests");
            case BAD_GATEWAY -> Answer.gatewayPage(502, "Bad Gateway");
            case GATEWAY_TIMEOUT -> Answer.gatewayPage(504, "Gateway Time-out");
            case SERVICE_UNAVAILABLE -> Answer.error(503, "Service Unavailable");
            default -> Answer.error(500, "Internal Server Error");
        };
    }

    static void send(RoutingContext ctx, Answer answer) {
        ctx.response().setStatusCode(answer.status()).putHeader("Content-Type", answer.contentType())
                .end(Buffer.buffer(answer.body()));
    }

    /** Truncated: promises the whole body, sends half, hangs up. Malformed: a cut-off document, honestly sized. */
    private static void sendBroken(RoutingContext ctx, Answer answer, FaultType type) {
        byte[] part = Arrays.copyOf(answer.body(), Math.max(1, answer.body().length * 2 / 3));
        HttpServerResponse response = ctx.response().setStatusCode(answer.status())
                .putHeader("Content-Type", answer.contentType());
        if (type == FaultType.MALFORMED) {
            response.end(Buffer.buffer(part));
            return;
        }
        response.putHeader("Content-Length", Integer.toString(answer.body().length));
        response.write(Buffer.buffer(part)).onComplete(written -> response.close());
    }
}
