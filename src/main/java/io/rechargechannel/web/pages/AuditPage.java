package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.audit.AuditEntry;
import io.rechargechannel.audit.AuditLog;
import io.rechargechannel.audit.AuditSubject;
import io.rechargechannel.audit.Change;
import io.rechargechannel.auth.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Settings → Audit log: who changed which setting of which channel, user or warehouse, and when. */
@Path("/settings/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class AuditPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditView view);
    }

    /** The page: the entries shown, the filter and where the pager stands. */
    public record AuditView(List<EntryRow> entries, List<Option> subjects, String subject, int page, boolean hasPrevious,
                            boolean hasNext, long total) {
        public int newerPage() {
            return page - 1;
        }

        public int olderPage() {
            return page + 1;
        }
    }

    /** One entry, worded: "admin changed Sales channel “ReCharge UK”: name: A → B". */
    public record EntryRow(String when, String actor, String what, String subjectName, String link, String action,
                           List<String> changes) {
        static EntryRow of(AuditEntry entry) {
            return new EntryRow(Times.exact(entry.at), entry.actor, entry.subjectType.label(), entry.subjectName,
                    link(entry), entry.action.verb(), entry.changes.stream().map(Change::describe).toList());
        }

        private static String link(AuditEntry entry) {
            if (entry.subjectId == null) {
                return entry.subjectType == AuditSubject.GENERAL_SETTINGS ? "/settings/general" : null;
            }
            return switch (entry.subjectType) {
                case CHANNEL -> "/settings/sales-channels/" + entry.subjectId;
                case USER -> "/settings/users/" + entry.subjectId;
                case WAREHOUSE -> "/settings/warehouses/" + entry.subjectId;
                case GENERAL_SETTINGS -> "/settings/general";
            };
        }
    }

    private final AuditLog audit;

    AuditPage(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    public TemplateInstance show(@QueryParam("subject") @DefaultValue("") String subject,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        AuditSubject chosen = Arrays.stream(AuditSubject.values()).filter(s -> s.name().equals(subject)).findFirst().orElse(null);
        int shown = Math.max(0, page);
        AuditLog.Slice slice = audit.page(chosen, null, shown, PAGE_SIZE);
        List<Option> subjects = new ArrayList<>(List.of(new Option("", "Everything")));
        Arrays.stream(AuditSubject.values()).forEach(s -> subjects.add(new Option(s.name(), s.label())));
        return Templates.audit(new AuditView(slice.entries().stream().map(EntryRow::of).toList(), subjects,
                chosen == null ? "" : chosen.name(), shown, shown > 0, (long) (shown + 1) * PAGE_SIZE < slice.total(),
                slice.total()));
    }
}
