package io.rechargechannel.web;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.rechargechannel.web.pages.ErrorPages;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Answers for "who are you?" and "you may not": the JSON API says so in its error shape (401 with a Basic
 * challenge, 403), a page sends the person to the sign-in form (remembering where they were going) or shows a
 * page that says they lack access.
 */
public class AccessMappers {

    static final String BASIC_CHALLENGE = "Basic realm=\"recharge-channel\", charset=\"UTF-8\"";
    static final ErrorBody SIGN_IN = new ErrorBody("Sign in first: send the username and password of a "
            + "recharge-channel user with HTTP Basic", List.of());
    static final ErrorBody NOT_ALLOWED = new ErrorBody("Your account may not do this: ask an admin for the role "
            + "it needs", List.of());

    @ServerExceptionMapper(UnauthorizedException.class)
    Uni<Response> signInFirst(RoutingContext routing) {
        if (isApi(routing)) {
            return Uni.createFrom().item(apiSignInFirst());
        }
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        return authenticator.getChallenge(routing).map(AccessMappers::challengeResponse);
    }

    @ServerExceptionMapper(ForbiddenException.class)
    Response notAllowed(RoutingContext routing) {
        if (isApi(routing)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON).entity(NOT_ALLOWED).build();
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML).entity(ErrorPages.forbidden()).build();
    }

    static Response apiSignInFirst() {
        return Response.status(Response.Status.UNAUTHORIZED).header("WWW-Authenticate", BASIC_CHALLENGE)
                .type(MediaType.APPLICATION_JSON).entity(SIGN_IN).build();
    }

    /** The JSON API, and the sandbox's control API, which speaks JSON too. */
    static boolean isApi(RoutingContext routing) {
        String path = routing.normalizedPath();
        return path.startsWith("/api/") || path.startsWith("/sandbox/");
    }

    private static Response challengeResponse(ChallengeData challenge) {
        if (challenge == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        Response.ResponseBuilder response = Response.status(challenge.status);
        challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
        return response.build();
    }
}
