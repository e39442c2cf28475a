package io.rechargechannel.web.channels;

import io.rechargechannel.auth.Role;
import io.rechargechannel.channel.SalesChannels;
import io.rechargechannel.channel.TokenVerdict;
import io.rechargechannel.web.ErrorBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** Settings → Sales Channels: list, add, show, edit, check the token of and remove channels. */
@Path("/api/channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class ChannelResource {

    private final SalesChannels channels;

    ChannelResource(SalesChannels channels) {
        this.channels = channels;
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE, Role.Names.OPS})
    public List<ChannelView> list() {
        return channels.list().stream().map(ChannelView::from).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE, Role.Names.OPS})
    public ChannelView get(@PathParam("id") long id) {
        return ChannelView.from(channels.get(id));
    }

    /** Adds a channel. An inactive channel is saved even when its token fails the check; an active one is not. */
    @POST
    public RestResponse<ChannelView> add(@Valid @NotNull NewChannelRequest request, UriInfo uri) {
        ChannelView view = ChannelView.from(channels.add(request.toEdit()).channel());
        return RestResponse.ResponseBuilder.<ChannelView>created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
                .entity(view)
                .build();
    }

    @PATCH
    @Path("{id}")
    public ChannelView edit(@PathParam("id") long id, @Valid @NotNull ChannelPatchRequest request) {
        return ChannelView.from(channels.edit(id, request.toEdit()).channel());
    }

    /** Asks ReCharge about the stored token now, as on submit; the channel's status follows the answer. */
    @POST
    @Path("{id}/token-check")
    @Consumes(MediaType.WILDCARD)
    public TokenVerdict checkToken(@PathParam("id") long id) {
        return channels.checkToken(id);
    }

    /** Removes the channel from the list and stops its sync; its orders stay. */
    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public RestResponse<Void> remove(@PathParam("id") long id) {
        channels.remove(id);
        return RestResponse.noContent();
    }

    @ServerExceptionMapper
    RestResponse<ErrorBody> changedMeanwhile(OptimisticLockException e) {
        return RestResponse.status(RestResponse.Status.CONFLICT,
                new ErrorBody("The channel was changed by someone else at the same time: reload it and try again",
                        List.of()));
    }
}
