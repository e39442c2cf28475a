package io.rechargechannel.web.users;

import io.rechargechannel.auth.AccountProblem;
import io.rechargechannel.auth.Role;
import io.rechargechannel.auth.UserAccounts;
import io.rechargechannel.web.ErrorBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Settings → Users: who may sign in, with which roles. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class UserResource {

    private final UserAccounts accounts;

    UserResource(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GET
    public List<UserView> list() {
        return accounts.list().stream().map(UserView::from).toList();
    }

    @GET
    @Path("{id}")
    public UserView get(@PathParam("id") long id) {
        return UserView.from(accounts.get(id));
    }

    @POST
    public RestResponse<UserView> add(@Valid @NotNull NewUserRequest request, UriInfo uri) {
        UserView view = UserView.from(accounts.create(request.username(), request.password(), Role.parseAll(request.roles()),
                request.email()));
        return RestResponse.ResponseBuilder.<UserView>created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
                .entity(view).build();
    }

    @PATCH
    @Path("{id}")
    public UserView edit(@PathParam("id") long id, @Valid @NotNull UserPatchRequest request) {
        return UserView.from(accounts.edit(id, request.password(),
                request.roles() == null ? null : Role.parseAll(request.roles()), request.enabled(), request.email()));
    }

    @ServerExceptionMapper
    RestResponse<ErrorBody> problem(AccountProblem problem) {
        RestResponse.Status status = switch (problem.kind()) {
            case NOT_FOUND -> RestResponse.Status.NOT_FOUND;
            case CONFLICT -> RestResponse.Status.CONFLICT;
            case UNACCEPTABLE -> RestResponse.Status.BAD_REQUEST;
        };
        return RestResponse.status(status, new ErrorBody(problem.getMessage(), problem.field()
                .map(field -> List.of(new ErrorBody.FieldError(field, problem.getMessage()))).orElse(List.of())));
    }
}
