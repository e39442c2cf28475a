package io.rechargechannel.channel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.audit.AuditAction;
import io.rechargechannel.audit.AuditLog;
import io.rechargechannel.audit.AuditSubject;
import io.rechargechannel.audit.Change;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Map;

/** Reading and editing General Settings, each change with its audit entry in the same transaction. */
@ApplicationScoped
public class GeneralSettingsService {

    private final AuditLog audit;
    private final Clock clock;

    GeneralSettingsService(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public GeneralSettings current() {
        return QuarkusTransaction.joiningExisting().call(GeneralSettings::current);
    }

    /** Applies what the edits name; null fields stay as they are. */
    public GeneralSettings edit(Company company, Brand brand) {
        return QuarkusTransaction.requiringNew().call(() -> {
            GeneralSettings settings = GeneralSettings.current();
            Map<String, String> before = settings.snapshot();
            if (settings.update(company, brand, clock)) {
                audit.record(AuditSubject.GENERAL_SETTINGS, null, "General settings", AuditAction.CHANGED,
                        Change.between(before, settings.snapshot()));
            }
            return settings;
        });
    }
}
