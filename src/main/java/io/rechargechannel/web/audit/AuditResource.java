package io.rechargechannel.web.audit;

import io.rechargechannel.audit.AuditLog;
import io.rechargechannel.audit.AuditSubject;
import io.rechargechannel.auth.Role;
import io.rechargechannel.web.PageView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Who changed which setting of which channel, user or warehouse, and when: newest first. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class AuditResource {

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    public PageView<AuditView> list(@QueryParam("subject") AuditSubject subject,
                                    @QueryParam("subjectId") Long subjectId,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        AuditLog.Slice slice = audit.page(subject, subjectId, page, size);
        return new PageView<>(slice.entries().stream().map(AuditView::from).toList(), page, size, slice.total());
    }
}
