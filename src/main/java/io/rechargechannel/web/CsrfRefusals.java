package io.rechargechannel.web;

import io.rechargechannel.web.pages.ErrorPages;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A form post whose CSRF token is missing or wrong is refused by quarkus-rest-csrf with a bare 400; this says why.
 * The API answers in its error shape (scripts send JSON, which needs no token); a page says the form has
 * expired and how to send it again. Either way, nothing was changed.
 */
public class CsrfRefusals {

    static final ErrorBody API = ErrorBody.of("A form post must carry its CSRF token: nothing was changed",
            "csrf-token", "is missing or wrong; scripts send JSON (Content-Type: application/json) instead");

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || !isFormPost(request)) {
            return;
        }
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            response.setEntity(API, null, MediaType.APPLICATION_JSON_TYPE);
        } else {
            response.setEntity(ErrorPages.formExpired(), null, MediaType.TEXT_HTML_TYPE);
        }
    }

    private static boolean isFormPost(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return !"GET".equals(request.getMethod()) && type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
