package io.rechargechannel.web.pages;

import java.util.Optional;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.auth.Role;
import io.rechargechannel.channel.ChannelProblem;
import io.rechargechannel.channel.GeneralSettingsService;
import io.rechargechannel.channel.MissingPermission;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.channel.SalesChannels;
import io.rechargechannel.channel.TokenVerdict;
import io.rechargechannel.channel.Warehouses;
import io.rechargechannel.orders.OrderCounts;
import io.rechargechannel.sync.SyncActivity;
import io.rechargechannel.sync.SyncScheduler;
import io.rechargechannel.sync.SyncTrigger;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings → Sales Channels → a channel: the form with its tabs (add and edit), the token check on demand, sync now,
 * and removal. A failed save shows the form again with each problem next to its field and nothing lost but the token.
 */
@Path("/settings/sales-channels")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class ChannelFormPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ChannelPage page);

        static native TemplateInstance form$tokencheck(TokenCheckView check);
    }

    /** What the token check said, for the box beside the token field. */
    public record TokenCheckView(String kind, String message, String storeName, List<MissingPermission> missing) {
        static TokenCheckView of(TokenVerdict verdict) {
            String kind = switch (verdict.outcome()) {
                case USABLE -> "ok";
                case UNREACHABLE -> "warn";
                case REJECTED, LACKS_PERMISSIONS -> "bad";
            };
            return new TokenCheckView(kind, verdict.message(), verdict.storeName(), verdict.distinctPermissions());
        }
    }

    private final SalesChannels channels;
    private final Warehouses warehouses;
    private final GeneralSettingsService general;
    private final SyncActivity activity;
    private final SyncScheduler scheduler;
    private final OrderCounts counts;
    private final Validator validator;
    private final Clock clock;

    ChannelFormPages(SalesChannels channels, Warehouses warehouses, GeneralSettingsService general, SyncActivity activity,
                     SyncScheduler scheduler, OrderCounts counts, Validator validator, Clock clock) {
        this.channels = channels;
        this.warehouses = warehouses;
        this.general = general;
        this.activity = activity;
        this.scheduler = scheduler;
        this.counts = counts;
        this.validator = validator;
        this.clock = clock;
    }

    @GET
    @Path("new")
    public TemplateInstance newChannel() {
        return Templates.form(newPage(ChannelForm.blank(), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(MultivaluedMap<String, String> posted) {
        ChannelForm.Posted form = ChannelForm.read(posted, true, validator);
        if (!form.valid()) {
            return unprocessable(Templates.form(newPage(form.state(), List.of())));
        }
        try {
            SalesChannels.Saved saved = channels.add(form.newChannel().toEdit());
            return Flash.redirect("/settings/sales-channels", addedMessage(saved));
        } catch (ChannelProblem problem) {
            return unprocessable(Templates.form(newPage(withProblem(form.state(), problem), permissions(problem))));
        }
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") long id) {
        return channel(id).map(channel -> Response.ok(Templates.form(page(channel, ChannelForm.of(channel), List.of()))).build())
                .orElseGet(ChannelFormPages::notFound);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        SalesChannel current = channel(id).orElse(null);
        if (current == null) {
            return notFound();
        }
        ChannelForm.Posted form = ChannelForm.read(posted, false, validator);
        if (!form.valid()) {
            return unprocessable(Templates.form(page(current, form.state(), List.of())));
        }
        try {
            SalesChannels.Saved saved = channels.edit(id, form.edit().toEdit());
            boolean changed = !saved.channel().updatedAt().equals(current.updatedAt());
            return Flash.redirect("/settings/sales-channels/" + id, changed ? "Changes to “" + saved.channel().name()
                    + "” saved" + tokenNote(saved.verdict()) : "Nothing to save: no setting changed");
        } catch (ChannelProblem problem) {
            return unprocessable(Templates.form(page(current, withProblem(form.state(), problem), permissions(problem))));
        }
    }

    @POST
    @Path("{id}/token-check")
    public TemplateInstance checkToken(@PathParam("id") long id) {
        return Templates.form$tokencheck(TokenCheckView.of(channels.checkToken(id)));
    }

    @POST
    @Path("{id}/sync")
    public Response syncNow(@PathParam("id") long id) {
        SalesChannel channel = channels.get(id);
        boolean started = channel.isActive() && scheduler.submit(id, SyncTrigger.MANUAL);
        return Flash.redirect("/settings/sales-channels/" + id, !channel.isActive() ? "Turn the channel on to sync it"
                : started ? "Sync of “" + channel.name() + "” started" : "A sync of “" + channel.name() + "” is already running");
    }

    @POST
    @Path("{id}/remove")
    public Response remove(@PathParam("id") long id) {
        String name = channels.get(id).name();
        channels.remove(id);
        return Flash.redirect("/settings/sales-channels", "“" + name + "” removed: it no longer syncs; its orders stay on the board");
    }

    private ChannelPage newPage(FormState form, List<MissingPermission> permissions) {
        return ChannelPage.forNew(form, permissions, warehouses.list(), general.current().brand());
    }

    private ChannelPage page(SalesChannel channel, FormState form, List<MissingPermission> permissions) {
        return ChannelPage.forChannel(channel, form, permissions, warehouses.list(), general.current().brand(),
                activity.syncingNow().contains(channel.id()), counts.stillToDespatch(channel.id()),
                activity.recentRuns(channel.id(), 6), clock.instant());
    }

    private Optional<SalesChannel> channel(long id) {
        try {
            return Optional.of(channels.get(id));
        } catch (ChannelProblem notFound) {
            return Optional.empty();
        }
    }

    private static FormState withProblem(FormState form, ChannelProblem problem) {
        Map<String, String> errors = new LinkedHashMap<>(form.errors());
        errors.put(problem.field().orElse("name"), problem.getMessage() + detailLine(problem));
        return form.withErrors(errors);
    }

    private static String detailLine(ChannelProblem problem) {
        List<String> texts = new ArrayList<>();
        problem.details().stream().filter(String.class::isInstance).map(String.class::cast).forEach(texts::add);
        return texts.isEmpty() ? "" : " (" + String.join("; ", texts) + ")";
    }

    private static List<MissingPermission> permissions(ChannelProblem problem) {
        return MissingPermission.onePerPermission(problem.details().stream().filter(MissingPermission.class::isInstance).map(MissingPermission.class::cast).toList());
    }

    private static String addedMessage(SalesChannels.Saved saved) {
        SalesChannel channel = saved.channel();
        if (channel.isActive()) {
            return "Channel “" + channel.name() + "” added. It starts syncing within seconds.";
        }
        return "Channel “" + channel.name() + "” added, switched off." + tokenNote(saved.verdict());
    }

    private static String tokenNote(TokenVerdict verdict) {
        return verdict == null || verdict.usable() ? "" : " " + verdict.statusLine();
    }

    private static Response unprocessable(TemplateInstance page) {
        return Response.status(422).entity(page).build();
    }

    private static Response notFound() {
        return Response.status(404).entity(ErrorPages.notFound("Sales channel")).build();
    }
}
