package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.email.OptOuts;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The customer's side of the feedback email's opt-out, open without sign-in: the link's signed token says whose
 * address it is. {@code GET} asks to confirm with a button (a link preview or a scanner that follows links must not
 * unsubscribe anyone); the {@code POST} of that button, and the one-click {@code POST} mail providers send
 * (RFC 8058), are handled by {@link UnsubscribeRoute}.
 */
@Path("/email/unsubscribe")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class UnsubscribePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(String token, String address);

        static native TemplateInstance done(String address);

        static native TemplateInstance invalid();
    }

    private final OptOuts optOuts;

    UnsubscribePages(OptOuts optOuts) {
        this.optOuts = optOuts;
    }

    @GET
    public Response confirm(@QueryParam("t") String token) {
        return optOuts.verify(token)
                .map(address -> Response.ok(Templates.confirm(token, address)).build())
                .orElseGet(() -> Response.status(400).entity(Templates.invalid()).build());
    }
}
