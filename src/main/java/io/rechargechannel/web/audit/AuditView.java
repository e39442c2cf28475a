package io.rechargechannel.web.audit;

import io.rechargechannel.audit.AuditAction;
import io.rechargechannel.audit.AuditEntry;
import io.rechargechannel.audit.AuditSubject;
import io.rechargechannel.audit.Change;

import java.time.Instant;
import java.util.List;

public record AuditView(long id, Instant at, String actor, AuditSubject subjectType, Long subjectId, String subjectName,
                        AuditAction action, List<Change> changes) {

    static AuditView from(AuditEntry entry) {
        return new AuditView(entry.id, entry.at, entry.actor, entry.subjectType, entry.subjectId, entry.subjectName,
                entry.action, entry.changes);
    }
}
