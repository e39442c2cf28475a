package io.rechargechannel.web.pages;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Whether this request has a CSRF token for the page chrome's own forms (sign out, htmx's header). A page shown
 * because access was refused is rendered before the CSRF filter runs, so it has none: its chrome then leaves the
 * sign-out form out instead of failing. Forms of ordinary pages use {@code {inject:csrf.token}} directly.
 */
@Named("pageCsrf")
@RequestScoped
public class PageCsrf {

    /** Where quarkus-rest-csrf keeps the request's token. */
    private static final String TOKEN_KEY = "csrf_token";

    private final RoutingContext routing;

    PageCsrf(RoutingContext routing) {
        this.routing = routing;
    }

    public boolean available() {
        return routing.get(TOKEN_KEY) != null;
    }
}
