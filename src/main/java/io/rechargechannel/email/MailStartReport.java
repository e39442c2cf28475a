package io.rechargechannel.email;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** One start line on where emails go, and a warning when channels send emails that cannot go anywhere. */
@ApplicationScoped
class MailStartReport {

    private final MailSetup setup;
    private final OutboxStats stats;

    MailStartReport(MailSetup setup, OutboxStats stats) {
        this.setup = setup;
        this.stats = stats;
    }

    void onStart(@Observes StartupEvent event) {
        if (setup.smtpMissing() && stats.anyChannelSendsEmails()) {
            Log.warn("Mail: a sales channel sends despatch or feedback emails but no SMTP server is set: they will fail "
                    + "and wait in the outbox. Set QUARKUS_MAILER_HOST (and _PORT, _USERNAME, _PASSWORD, _FROM); "
                    + "readiness reports mail as degraded meanwhile");
        } else {
            Log.infof("Mail: %s", setup.describe());
        }
    }
}
