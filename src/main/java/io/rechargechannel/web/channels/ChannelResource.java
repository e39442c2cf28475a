package io.rechargechannel.web.channels;

import io.rechargechannel.channel.SalesChannels;
import io.rechargechannel.web.ErrorBody;
import jakarta.persistence.OptimisticLockException;
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

/** Settings → Sales Channels: list, add, show and edit channels. */
@Path("/api/channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChannelResource {

    private final SalesChannels channels;

    ChannelResource(SalesChannels channels) {
        this.channels = channels;
    }

    @GET
    public List<ChannelView> list() {
        return channels.list().stream().map(ChannelView::from).toList();
    }

    @GET
    @Path("{id}")
    public ChannelView get(@PathParam("id") long id) {
        return ChannelView.from(channels.get(id));
    }

    @POST
    public RestResponse<ChannelView> add(@Valid @NotNull NewChannelRequest request, UriInfo uri) {
        ChannelView view = ChannelView.from(channels.add(request.toEdit()));
        return RestResponse.ResponseBuilder.<ChannelView>created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
                .entity(view)
                .build();
    }

    @PATCH
    @Path("{id}")
    public ChannelView edit(@PathParam("id") long id, @Valid @NotNull ChannelPatchRequest request) {
        return ChannelView.from(channels.edit(id, request.toEdit()));
    }

    @ServerExceptionMapper
    RestResponse<ErrorBody> changedMeanwhile(OptimisticLockException e) {
        return RestResponse.status(RestResponse.Status.CONFLICT,
                new ErrorBody("The channel was changed by someone else at the same time: reload it and try again",
                        List.of()));
    }
}
