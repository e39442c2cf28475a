package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.auth.Role;
import io.rechargechannel.channel.ChannelEdit;
import io.rechargechannel.channel.ChannelProblem;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.channel.SalesChannels;
import io.rechargechannel.orders.OrderCounts;
import io.rechargechannel.sync.SyncActivity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Settings → Sales Channels: every channel with its state, and the Active toggle that works in place. */
@Path("/settings/sales-channels")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class SalesChannelPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ChannelRow> rows);

        static native TemplateInstance list$row(ChannelRow row);
    }

    private final SalesChannels channels;
    private final SyncActivity activity;
    private final OrderCounts counts;
    private final Clock clock;

    SalesChannelPages(SalesChannels channels, SyncActivity activity, OrderCounts counts, Clock clock) {
        this.channels = channels;
        this.activity = activity;
        this.counts = counts;
        this.clock = clock;
    }

    @GET
    public TemplateInstance list() {
        Instant now = clock.instant();
        Set<Long> syncing = activity.syncingNow();
        Map<Long, Long> today = counts.importedSince(startOfToday(now));
        return Templates.list(channels.list().stream()
                .map(channel -> ChannelRow.of(channel, syncing.contains(channel.id()),
                        today.getOrDefault(channel.id(), 0L), now, null))
                .toList());
    }

    /**
     * Turns a channel on or off. From htmx the answer is the channel's row, so the list changes in place; without
     * JavaScript it is the list again, with a confirmation. Turning on checks the token first and may be refused.
     */
    @POST
    @Path("{id}/active")
    public Response toggle(@PathParam("id") long id, @FormParam("active") boolean active,
                           @HeaderParam("HX-Request") boolean htmx) {
        String refused = null;
        try {
            channels.edit(id, ChannelEdit.newChannel(null, null, null).withActive(active));
        } catch (ChannelProblem problem) {
            if (problem.kind() == ChannelProblem.Kind.NOT_FOUND) {
                return Response.status(404).entity(ErrorPages.notFound("Sales channel")).build();
            }
            refused = problem.getMessage();
        }
        SalesChannel channel = channels.get(id);
        if (!htmx) {
            return Flash.redirect("/settings/sales-channels", refused != null ? refused
                    : "“" + channel.name() + "” is " + (channel.isActive() ? "on: it starts syncing within seconds" : "off"));
        }
        Instant now = clock.instant();
        long today = counts.importedSince(startOfToday(now)).getOrDefault(id, 0L);
        ChannelRow row = ChannelRow.of(channel, activity.syncingNow().contains(id), today, now, refused);
        return Response.ok(Templates.list$row(row)).build();
    }

    private static Instant startOfToday(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
