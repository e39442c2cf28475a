package io.rechargechannel.web.pages;

import io.rechargechannel.email.OptOuts;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;

/**
 * {@code POST /email/unsubscribe?t=...}: the opt-out itself, open without sign-in. A plain Vert.x route rather than
 * a JAX-RS resource, because mail providers send the one-click POST (RFC 8058: a form body
 * {@code List-Unsubscribe=One-Click}, no cookies) without a CSRF token, and the CSRF filter guards every JAX-RS form
 * post. CSRF protects what a session cookie authorises; this POST is authorised by the HMAC-signed token in its URL
 * alone, and does one harmless, idempotent thing.
 */
@ApplicationScoped
public class UnsubscribeRoute {

    static final String PATH = "/email/unsubscribe";

    private final OptOuts optOuts;

    UnsubscribeRoute(OptOuts optOuts) {
        this.optOuts = optOuts;
    }

    void register(@Observes Router router) {
        router.post(PATH).blockingHandler(this::unsubscribe, false);
    }

    private void unsubscribe(RoutingContext context) {
        Optional<String> address = optOuts.verify(context.request().getParam("t"));
        address.ifPresent(optOuts::optOut);
        String page = address.map(a -> UnsubscribePages.Templates.done(a).render())
                .orElseGet(() -> UnsubscribePages.Templates.invalid().render());
        context.response().setStatusCode(address.isPresent() ? 200 : 400)
                .putHeader("Content-Type", "text/html;charset=UTF-8").end(page);
    }
}
