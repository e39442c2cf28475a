package io.rechargechannel.email;

import io.rechargechannel.channel.Brand;
import io.rechargechannel.channel.Company;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * Who an email is from: the brand's sender (name and address), else the company's address, else
 * {@code quarkus.mailer.from}, else {@code no-reply@} the public host.
 */
@ApplicationScoped
public class Senders {

    private final Optional<String> mailerFrom;
    private final String publicHost;

    Senders(@ConfigProperty(name = "quarkus.mailer.from") Optional<String> mailerFrom, EmailConfig config) {
        this.mailerFrom = mailerFrom;
        String host = URI.create(config.publicBaseUrl()).getHost();
        this.publicHost = host == null ? "localhost" : host;
    }

    public String from(Brand brand, Company company) {
        String address = brand.senderEmail() != null ? brand.senderEmail()
                : company.email() != null ? company.email() : null;
        if (address == null) {
            return mailerFrom.orElse("no-reply@" + publicHost);
        }
        String name = brand.senderName() != null ? brand.senderName() : brand.name();
        return name == null ? address : "\"" + name.replaceAll("[\"\\\\\\r\\n]", "") + "\" <" + address + ">";
    }

    /** The domain of a from address, for Message-IDs. */
    static String domainOf(String from) {
        int at = from.lastIndexOf('@');
        return at < 0 ? "localhost" : from.substring(at + 1).replace(">", "").strip();
    }
}
