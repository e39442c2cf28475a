package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * Signing in and out, and the front door: {@code /} takes a signed-in person to their home and anyone else to
 * {@code /login}. The form posts to Quarkus's {@code /j_security_check}, which lands where the person was going.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut);
    }

    private final SecurityIdentity identity;
    private final SignedIn me;

    SignInPages(SecurityIdentity identity, SignedIn me) {
        this.identity = identity;
        this.me = me;
    }

    @GET
    @PermitAll
    public Response home() {
        return Response.seeOther(URI.create(identity.isAnonymous() ? "/login" : me.home())).build();
    }

    @GET
    @Path("login")
    @PermitAll
    public Object login(@QueryParam("error") boolean failed, @QueryParam("signedOut") boolean signedOut) {
        if (!identity.isAnonymous() && !failed) {
            return Response.seeOther(URI.create(me.home())).build();
        }
        return Templates.login(failed, signedOut);
    }

    @POST
    @Path("logout")
    @Authenticated
    public Response logout() {
        FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(URI.create("/login?signedOut=true")).build();
    }
}
