package io.rechargechannel.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;

/** Writes and reads the audit log. */
@ApplicationScoped
public class AuditLog {

    private final CurrentActor actor;
    private final Clock clock;

    AuditLog(CurrentActor actor, Clock clock) {
        this.actor = actor;
        this.clock = clock;
    }

    /** One page of entries, newest first; {@code subject} and {@code subjectId} narrow it when not null. */
    public record Slice(List<AuditEntry> entries, long total) {
    }

    /**
     * Writes an entry in the caller's transaction, so that it exists exactly when the change does. A change with
     * no changed settings is not written.
     */
    public void record(AuditSubject subject, Long subjectId, String subjectName, AuditAction action, List<Change> changes) {
        if (action == AuditAction.CHANGED && changes.isEmpty()) {
            return;
        }
        QuarkusTransaction.joiningExisting().run(() -> {
            AuditEntry entry = new AuditEntry();
            entry.at = clock.instant();
            entry.actor = actor.name();
            entry.subjectType = subject;
            entry.subjectId = subjectId;
            entry.subjectName = subjectName;
            entry.action = action;
            entry.changes = List.copyOf(changes);
            entry.persist();
            Log.infof("Audit: %s %s %s %d '%s' (%d settings)", entry.actor, action.verb(), subject.label(),
                    subjectId, subjectName, changes.size());
        });
    }

    public Slice page(AuditSubject subject, Long subjectId, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            StringBuilder where = new StringBuilder("1 = 1");
            Parameters parameters = new Parameters();
            if (subject != null) {
                where.append(" and subjectType = :subject");
                parameters.and("subject", subject);
            }
            if (subjectId != null) {
                where.append(" and subjectId = :subjectId");
                parameters.and("subjectId", subjectId);
            }
            PanacheQuery<AuditEntry> query = AuditEntry.find(where.toString(), Sort.descending("at", "id"), parameters)
                    .page(Page.of(page, size));
            return new Slice(query.list(), query.count());
        });
    }
}
