package io.rechargechannel.email;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

import java.util.Locale;
import java.util.Optional;

/**
 * Where emails go: an SMTP server someone configured ({@code quarkus.mailer.host}), or Quarkus Mailer's mock
 * (dev mode's default: captured, listed on /dev/mailbox), or, in prod with no host set, nowhere useful.
 */
@ApplicationScoped
public class MailSetup {

    private final boolean capturing;
    private final boolean hostConfigured;
    private final String host;
    private final String port;

    MailSetup(Config config) {
        this.capturing = config.getOptionalValue("quarkus.mailer.mock", Boolean.class)
                .orElse(LaunchMode.current().isDevOrTest());
        ConfigValue hostValue = config.getConfigValue("quarkus.mailer.host");
        this.hostConfigured = setBySomeone(hostValue);
        this.host = Optional.ofNullable(hostValue.getValue()).orElse("localhost");
        this.port = config.getOptionalValue("quarkus.mailer.port", String.class).orElse("default port");
    }

    /** A host value that came from a person (properties, environment), not from Quarkus' default. */
    private static boolean setBySomeone(ConfigValue value) {
        return value != null && value.getValue() != null && value.getSourceOrdinal() > Integer.MIN_VALUE
                && (value.getSourceName() == null || !value.getSourceName().toLowerCase(Locale.ROOT).contains("default"));
    }

    /** Emails are kept in memory (mock mailer), not sent. */
    public boolean capturing() {
        return capturing;
    }

    /** Emails go over SMTP, but to a host nobody set: they will fail (prod without QUARKUS_MAILER_HOST). */
    public boolean smtpMissing() {
        return !capturing && !hostConfigured;
    }

    public String describe() {
        if (capturing) {
            return "captured, not sent (Quarkus Mailer mock mode): see /dev/mailbox";
        }
        return hostConfigured ? "SMTP " + host + ":" + port : "no SMTP host set (QUARKUS_MAILER_HOST)";
    }
}
