package io.rechargechannel.web;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.rechargechannel.sync.QuarantinedRecord;
import io.rechargechannel.sync.SyncChannels;
import io.rechargechannel.sync.SyncRun;
import io.rechargechannel.sync.SyncScheduler;
import io.rechargechannel.sync.SyncStream;
import io.rechargechannel.sync.SyncTrigger;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.annotation.security.RolesAllowed;
import io.rechargechannel.auth.Role;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/** Sync of one channel: start one now, read the run history and the quarantined records. */
@Path("/api/channels")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class SyncResource {

    public record SyncRequested(long channelId, boolean queued, String message) {
    }

    public record SyncRunView(long id, SyncStream stream, String trigger, Instant startedAt, Instant finishedAt,
                              int pages, int recordsSeen, int created, int updated, int unchanged, int quarantined,
                              int requests, int throttled, int retries, String outcome, String errorMessage) {
        static SyncRunView from(SyncRun r) {
            return new SyncRunView(r.id, r.stream, r.trigger.name(), r.startedAt, r.finishedAt, r.pages,
                    r.recordsSeen, r.created, r.updated, r.unchanged, r.quarantined, r.requests, r.throttled,
                    r.retries, r.outcome.name(), r.errorMessage);
        }
    }

    public record QuarantinedView(long id, SyncStream stream, String recordKey, String reason, String rawJson,
                                  Instant firstSeenAt, Instant lastSeenAt, int attempts) {
        static QuarantinedView from(QuarantinedRecord q) {
            return new QuarantinedView(q.id, q.stream, q.recordKey, q.reason, q.rawJson, q.firstSeenAt,
                    q.lastSeenAt, q.attempts);
        }
    }

    @Inject
    SyncScheduler scheduler;

    @Inject
    SyncChannels channels;

    @POST
    @Path("/{id}/sync")
    public Response syncNow(@PathParam("id") long id) {
        if (!channels.exists(id)) {
            throw ApiProblem.notFound("There is no sales channel " + id);
        }
        boolean queued = scheduler.submit(id, SyncTrigger.MANUAL);
        String message = queued ? "Sync started" : "A sync of this channel is already running";
        return Response.accepted(new SyncRequested(id, queued, message)).build();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPS})
    @GET
    @Path("/{id}/sync-runs")
    @Transactional
    public List<SyncRunView> runs(@PathParam("id") long id,
                                  @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        if (!channels.exists(id)) {
            throw ApiProblem.notFound("There is no sales channel " + id);
        }
        return SyncRun.<SyncRun>find("channelId", Sort.descending("startedAt", "id"), id)
                .page(Page.ofSize(limit)).list().stream().map(SyncRunView::from).toList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPS})
    @GET
    @Path("/{id}/quarantine")
    @Transactional
    public List<QuarantinedView> quarantine(@PathParam("id") long id) {
        if (!channels.exists(id)) {
            throw ApiProblem.notFound("There is no sales channel " + id);
        }
        return QuarantinedRecord.ofChannel(id).stream().map(QuarantinedView::from).toList();
    }
}
