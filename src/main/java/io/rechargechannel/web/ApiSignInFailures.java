package io.rechargechannel.web;

import java.util.List;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Wrong or disabled credentials on the JSON API fail before any resource runs; this answers them in the API's error
 * shape, with the Basic challenge, instead of an empty 401.
 */
@ApplicationScoped
class ApiSignInFailures {

    void init(@Observes Router router) {
        router.route("/api/*").failureHandler(this::answer);
        router.route("/sandbox/stores*").failureHandler(this::answer);
    }

    private void answer(RoutingContext routing) {
        if (!(routing.failure() instanceof AuthenticationFailedException) || routing.response().ended()) {
            routing.next();
            return;
        }
        routing.response().setStatusCode(401)
                .putHeader("WWW-Authenticate", AccessMappers.BASIC_CHALLENGE)
                .putHeader("Content-Type", "application/json")
                .end(Json.encode(new ErrorBody("The username or password is not right, or the user is disabled",
                        List.of())));
    }
}
