package io.rechargechannel.web;

import io.rechargechannel.auth.Role;
import io.rechargechannel.despatch.DespatchReport;
import io.rechargechannel.despatch.DespatchRequest;
import io.rechargechannel.despatch.Despatcher;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Despatch one order with a carrier and a tracking number. The same despatch again answers as the first did;
 * another tracking number for a despatched order, a cancelled or held order, or an international order whose
 * commercial invoice is incomplete is refused, saying why. Rooted at {@code /api/orders} with the order resources
 * (Quarkus REST merges classes of one root path) so that another method on the address answers 405, not 404.
 */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
public class DespatchResource {

    public record DespatchBody(String carrier, String trackingNumber) {
    }

    private final Despatcher despatcher;

    DespatchResource(Despatcher despatcher) {
        this.despatcher = despatcher;
    }

    @POST
    @Path("{id}/despatch")
    public DespatchReport.Despatched despatch(@PathParam("id") long id, DespatchBody body) {
        DespatchBody given = body == null ? new DespatchBody(null, null) : body;
        DespatchReport report = despatcher.despatch(List.of(DespatchRequest.single(id, given.carrier(), given.trackingNumber())));
        if (!report.rejected().isEmpty()) {
            DespatchReport.Rejected rejected = report.rejected().get(0);
            throw new ApiProblem(rejected.refusal().status(), rejected.field() == null ? ErrorBody.of(rejected.reason())
                    : ErrorBody.of(rejected.reason(), rejected.field(), rejected.reason()));
        }
        return report.despatched().get(0);
    }
}
