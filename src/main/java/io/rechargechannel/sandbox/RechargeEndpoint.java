package io.rechargechannel.sandbox;

import io.vertx.ext.web.RoutingContext;

/** One ReCharge path: the scope it needs (null for none) and how it answers. */
record RechargeEndpoint(String scope, Handler handler) {

    interface Handler {
        Answer answer(SandboxStore store, Token token, RoutingContext ctx);
    }
}
