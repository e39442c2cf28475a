package io.rechargechannel.ops;

import io.rechargechannel.email.EmailConfig;
import io.rechargechannel.email.EmailStatus;
import io.rechargechannel.email.MailSetup;
import io.rechargechannel.email.OutboxStats;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness "mail": always UP (a mail server being away must not take the warehouse out of the load balancer), with
 * {@code state} {@code degraded} and the reason when emails cannot go (no SMTP host while channels send emails)
 * or the oldest due email has waited longer than {@code email.degraded-after}.
 */
@Readiness
@ApplicationScoped
public class MailHealthCheck implements HealthCheck {

    private final OutboxStats stats;
    private final MailSetup setup;
    private final EmailConfig config;

    MailHealthCheck(OutboxStats stats, MailSetup setup, EmailConfig config) {
        this.stats = stats;
        this.setup = setup;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxStats.Figures figures = stats.figures();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mail").up()
                .withData("smtp", setup.describe())
                .withData("queued", figures.count(EmailStatus.QUEUED))
                .withData("failed", figures.count(EmailStatus.FAILED))
                .withData("oldestDueSeconds", figures.oldestDueSeconds());
        String degraded = null;
        if (setup.smtpMissing() && stats.anyChannelSendsEmails()) {
            degraded = "channels send emails but no SMTP host is set (QUARKUS_MAILER_HOST)";
        } else if (figures.oldestDueSeconds() > config.degradedAfter().toSeconds()) {
            degraded = "the oldest due email has waited " + figures.oldestDueSeconds() + " s (more than "
                    + config.degradedAfter().toSeconds() + " s)";
        }
        return (degraded == null ? response.withData("state", "ok")
                : response.withData("state", "degraded").withData("reason", degraded)).build();
    }
}
