package io.rechargechannel.web.pages;

import java.util.HashMap;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.auth.Role;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.channel.SalesChannels;
import io.rechargechannel.sync.SyncActivity;
import io.rechargechannel.sync.SyncRun;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Status, for ops (read-only): is every active channel syncing, how far behind, what failed last. */
@Path("/status")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.OPS, Role.Names.ADMIN})
public class StatusPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(List<ChannelState> channels, List<RunLine> runs);
    }

    /** One channel's sync state. */
    public record ChannelState(String name, Badge badge, String lastSync, String lastSyncExact, String interval) {
    }

    /** One recent run, with the channel it belongs to. */
    public record RunLine(String channel, ChannelPage.RunRow run) {
    }

    private final SalesChannels channels;
    private final SyncActivity activity;
    private final Clock clock;

    StatusPage(SalesChannels channels, SyncActivity activity, Clock clock) {
        this.channels = channels;
        this.activity = activity;
        this.clock = clock;
    }

    @GET
    public TemplateInstance show() {
        Instant now = clock.instant();
        Set<Long> syncing = activity.syncingNow();
        List<SalesChannel> all = channels.list();
        Map<Long, String> names = new HashMap<>();
        all.forEach(channel -> names.put(channel.id(), channel.name()));
        List<ChannelState> states = all.stream().map(channel -> new ChannelState(channel.name(),
                Badge.of(channel, syncing.contains(channel.id())), Times.ago(channel.lastSyncedAt().orElse(null), now),
                Times.exact(channel.lastSyncedAt().orElse(null)), "every " + channel.syncInterval().toSeconds() + " s")).toList();
        List<RunLine> runs = activity.recentRuns(15).stream()
                .map(run -> new RunLine(names.getOrDefault(run.channelId, "Removed channel " + run.channelId),
                        ChannelPage.RunRow.of(run, now))).toList();
        return Templates.status(states, runs);
    }
}
