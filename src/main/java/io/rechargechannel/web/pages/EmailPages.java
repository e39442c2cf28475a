package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.auth.Role;
import io.rechargechannel.email.EmailOutbox;
import io.rechargechannel.email.EmailStatus;
import io.rechargechannel.email.MailSetup;
import io.rechargechannel.email.OutboxEmail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Emails: the failed ones first, with their error, Retry and Retry all; then the latest, whatever their state. */
@Path("/emails")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
public class EmailPages {

    static final int SHOWN = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance emails(List<EmailRow> failed, long failedTotal, List<EmailRow> recent, boolean capturing);
    }

    /** One email as the page words it. */
    public record EmailRow(long id, long orderId, String orderNumber, String kind, String to, String status, String badge, String when,
                           String exact, int attempts, String note) {
        static EmailRow of(OutboxEmail row, Map<Long, String> numbers, Instant now) {
            Instant when = switch (row.status) {
                case SENT -> row.sentAt;
                case FAILED, NOT_SENT -> row.closedAt;
                case QUEUED -> row.dueAt;
            };
            String shown = row.status == EmailStatus.QUEUED && when.isAfter(now) ? "due " + Times.exact(when)
                    : Times.ago(when, now);
            String note = row.status == EmailStatus.NOT_SENT ? row.closedReason : row.lastError;
            return new EmailRow(row.id, row.orderId, numbers.getOrDefault(row.orderId, "#" + row.orderId), row.kind.label(), row.recipient == null ? "(no address)" : row.recipient,
                    row.status.label(), badge(row.status), shown, Times.exact(when), row.attempts, note);
        }

        private static String badge(EmailStatus status) {
            return switch (status) {
                case SENT -> "ok";
                case QUEUED -> "waiting";
                case FAILED -> "attention";
                case NOT_SENT -> "off";
            };
        }
    }

    private final EmailOutbox outbox;
    private final MailSetup mail;
    private final Clock clock;

    EmailPages(EmailOutbox outbox, MailSetup mail, Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.clock = clock;
    }

    @GET
    public TemplateInstance show() {
        Instant now = clock.instant();
        EmailOutbox.Slice failed = outbox.list(null, EmailStatus.FAILED, null, 0, SHOWN);
        EmailOutbox.Slice recent = outbox.list(null, null, null, 0, SHOWN);
        Map<Long, String> numbers = outbox.orderNumbers(java.util.stream.Stream.concat(failed.rows().stream(),
                recent.rows().stream()).map(row -> row.orderId).collect(java.util.stream.Collectors.toSet()));
        return Templates.emails(failed.rows().stream().map(row -> EmailRow.of(row, numbers, now)).toList(),
                failed.total(), recent.rows().stream().map(row -> EmailRow.of(row, numbers, now)).toList(), mail.capturing());
    }

    @POST
    @Path("{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") long id) {
        boolean retried = outbox.retry(id);
        return Flash.redirect("/emails", retried ? "Email " + id + " queued again: it goes out within a few seconds"
                : "Email " + id + " had not failed: nothing to retry");
    }

    @POST
    @Path("retry-failed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retryAll() {
        int retried = outbox.retryAllFailed();
        return Flash.redirect("/emails", retried == 1 ? "1 failed email queued again" : retried + " failed emails queued again");
    }
}
