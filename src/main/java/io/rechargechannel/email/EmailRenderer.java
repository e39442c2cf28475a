package io.rechargechannel.email;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.channel.Brand;
import io.rechargechannel.channel.Company;
import io.rechargechannel.channel.DespatchEmails;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two emails as Qute renders them, HTML and plain text, in the channel's brand. The HTML templates escape
 * every value (customer names, addresses, line titles); the text templates are plain text and need no escaping.
 */
@ApplicationScoped
public class EmailRenderer {

    static final String DEFAULT_ACCENT = "#1d4ed8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance despatchHtml(EmailPage page);

        static native TemplateInstance despatchText(EmailPage page);

        static native TemplateInstance feedbackHtml(EmailPage page);

        static native TemplateInstance feedbackText(EmailPage page);
    }

    /** What a template shows. */
    public record EmailPage(String brandName, String logoUrl, String accent, String companyName, String companyAddress,
                            String companyWebsite, EmailFacts facts, String feedbackUrl, String unsubscribeUrl) {
        public boolean hasTracking() {
            return facts.trackingUrl() != null;
        }
    }

    /** The despatch email; the tracking link only when the channel includes it. */
    public RenderedEmail despatch(EmailFacts facts, Brand brand, Company company, DespatchEmails settings, String from) {
        EmailFacts shown = Boolean.FALSE.equals(settings.includeTrackingLink()) ? withoutTrackingLink(facts) : facts;
        EmailPage page = page(shown, brand, company, null, null);
        String subject = settings.subjectOrDefault().replace("{orderNumber}", facts.orderNumber())
                .replace("{brandName}", page.brandName());
        return new RenderedEmail(from, brand.replyTo(), facts.recipient(), oneLine(subject),
                Templates.despatchHtml(page).render(), Templates.despatchText(page).render(), Map.of());
    }

    /** The feedback email, with its one-click opt-out in the headers (RFC 8058) and in the body. */
    public RenderedEmail feedback(EmailFacts facts, Brand brand, Company company, String feedbackUrl,
                                  String unsubscribeUrl, String from) {
        EmailPage page = page(facts, brand, company, feedbackUrl, unsubscribeUrl);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        String subject = "How was your order " + facts.orderNumber() + " from " + page.brandName() + "?";
        return new RenderedEmail(from, brand.replyTo(), facts.recipient(), oneLine(subject),
                Templates.feedbackHtml(page).render(), Templates.feedbackText(page).render(), headers);
    }

    private static EmailPage page(EmailFacts facts, Brand brand, Company company, String feedbackUrl, String unsubscribeUrl) {
        String name = brand.name() != null ? brand.name() : company.name() != null ? company.name() : "Our shop";
        return new EmailPage(name, brand.logoUrl(), brand.accentColour() == null ? DEFAULT_ACCENT : brand.accentColour(),
                company.name(), company.address(), company.website(), facts, feedbackUrl, unsubscribeUrl);
    }

    private static EmailFacts withoutTrackingLink(EmailFacts facts) {
        return new EmailFacts(facts.orderNumber(), facts.customerName(), facts.recipient(), facts.lines(),
                facts.addressLines(), facts.carrierName(), facts.trackingNumber(), null);
    }

    /** A subject is one header line: no line breaks from a name or an order number can reach it. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ").strip();
    }
}
