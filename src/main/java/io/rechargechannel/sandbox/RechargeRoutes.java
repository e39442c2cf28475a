package io.rechargechannel.sandbox;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Serves the ReCharge API under {@code /sandbox/recharge} with Vert.x routes (they control Content-Length and
 * the connection, which the truncated-body fault needs), and hides every /sandbox path when disabled.
 */
@ApplicationScoped
class RechargeRoutes {

    private static final String BASE = CreatedStore.BASE_URL;

    @Inject
    SandboxStores stores;

    @Inject
    SandboxConfig config;

    void init(@Observes Router router) {
        router.route("/sandbox/*").order(-100).handler(this::onlyWhenEnabled);
        if (!config.enabled()) {
            return;
        }
        get(router, "/orders", "read_orders", (store, token, ctx) -> OrderEndpoints.list(store.data(), store.corrupted(), ctx.queryParams()));
        get(router, "/orders/:id", "read_orders", (store, token, ctx) -> OrderEndpoints.one(store.data(), ctx.pathParam("id")));
        get(router, "/products", "read_products", (store, token, ctx) -> CatalogEndpoints.list(store, ctx.queryParams()));
        get(router, "/store", "store_info", (store, token, ctx) -> InfoEndpoints.store(store));
        get(router, "/token_information", null, (store, token, ctx) -> InfoEndpoints.tokenInformation(store, token));
        router.route(BASE + "/*").handler(ctx -> RechargeExchange.send(ctx, Answer.error(RechargeError.notFound())));
    }

    private void get(Router router, String path, String scope, RechargeEndpoint.Handler handler) {
        RechargeEndpoint endpoint = new RechargeEndpoint(scope, handler);
        router.get(BASE + path).handler(ctx -> RechargeExchange.handle(ctx, stores, endpoint));
    }

    private void onlyWhenEnabled(RoutingContext ctx) {
        if (config.enabled()) {
            ctx.next();
        } else {
            RechargeExchange.send(ctx, Answer.error(RechargeError.notFound()));
        }
    }
}
