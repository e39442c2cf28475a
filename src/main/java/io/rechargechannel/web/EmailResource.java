package io.rechargechannel.web;

import io.rechargechannel.auth.Role;
import io.rechargechannel.email.EmailKind;
import io.rechargechannel.email.EmailOutbox;
import io.rechargechannel.email.EmailStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** The email outbox: what was queued, sent, failed or closed unsent, and retrying the failed ones. */
@Path("/api/emails")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
public class EmailResource {

    private final EmailOutbox outbox;

    EmailResource(EmailOutbox outbox) {
        this.outbox = outbox;
    }

    @GET
    public PageView<EmailView> list(@QueryParam("order") Long orderId,
                                    @QueryParam("status") String statusParam,
                                    @QueryParam("kind") String kindParam,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        EmailStatus status = QueryParams.oneOf("status", statusParam, EmailStatus.class);
        EmailKind kind = QueryParams.oneOf("kind", kindParam, EmailKind.class);
        EmailOutbox.Slice slice = outbox.list(orderId, status, kind, page, size);
        return new PageView<>(slice.rows().stream().map(EmailView::of).toList(), page, size, slice.total());
    }

    @GET
    @Path("/{id}")
    public EmailView get(@PathParam("id") long id) {
        return outbox.get(id).map(EmailView::of).orElseThrow(() -> ApiProblem.notFound("There is no email " + id));
    }

    /** A failed email, queued again and due now. 409 when it has not failed. */
    @POST
    @Path("/{id}/retry")
    public EmailView retry(@PathParam("id") long id) {
        EmailView current = get(id);
        if (!outbox.retry(id)) {
            throw new ApiProblem(409, ErrorBody.of("Email " + id + " is " + current.status().label().toLowerCase()
                    + ": only a failed email can be retried"));
        }
        return get(id);
    }

    /** Every failed email, queued again. */
    @POST
    @Path("/retry-failed")
    public Map<String, Integer> retryFailed() {
        return Map.of("retried", outbox.retryAllFailed());
    }
}
