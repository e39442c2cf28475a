package io.rechargechannel.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two answers under {@code /api} that JAX-RS never gets to give, in this API's error shape: a body over
 * {@code quarkus.http.limits.max-body-size}, which Quarkus refuses with an empty 413 before JAX-RS sees the
 * request (refused here a step earlier, the same way: the connection is closed, the body never read), and an
 * address no resource matches, which Quarkus answers with its own 404 page.
 */
@ApplicationScoped
class ApiRouterEdges {

    private final long limit;
    private final byte[] tooLarge;
    private final byte[] nothingHere;

    ApiRouterEdges(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit,
                   ObjectMapper json) throws JsonProcessingException {
        this.limit = limit.asLongValue();
        this.tooLarge = json.writeValueAsBytes(ErrorBody.of("The request body is too large", "body",
                "must be at most " + limit.asLongValue() / 1024 + " KiB"));
        this.nothingHere = json.writeValueAsBytes(JaxRsRefusals.describe(Response.status(404).build()));
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseTooLarge);
        // Quarkus REST serves at ROUTE_ORDER_AFTER_DEFAULT + 500 and hands on what no resource matches.
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 10_000).handler(this::nothingHere);
    }

    private void nothingHere(RoutingContext request) {
        request.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(Buffer.buffer(nothingHere));
    }

    private void refuseTooLarge(RoutingContext request) {
        String length = request.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !isOver(length)) {
            request.next();
            return;
        }
        request.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> request.request().connection().close())
                .end(Buffer.buffer(tooLarge));
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
