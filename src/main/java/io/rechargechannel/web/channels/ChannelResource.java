package io.rechargechannel.web.channels;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.rechargechannel.channel.SalesChannels;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
    RestResponse<ErrorBody> invalid(ConstraintViolationException e) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, ErrorBody.invalid(e));
    }

    @ServerExceptionMapper
    RestResponse<ErrorBody> unreadable(JsonProcessingException e) {
        return RestResponse.status(RestResponse.Status.BAD_REQUEST, ErrorBody.unreadable(e));
    }

    @ServerExceptionMapper
    Response unreadable(WebApplicationException e) {
        return ErrorBody.unreadable(e);
    }

    @ServerExceptionMapper
    RestResponse<ErrorBody> changedMeanwhile(OptimisticLockException e) {
        return RestResponse.status(RestResponse.Status.CONFLICT,
                new ErrorBody("The channel was changed by someone else at the same time: reload it and try again",
                        List.of()));
    }
}
