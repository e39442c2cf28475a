package io.rechargechannel.email;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.channel.Brand;
import io.rechargechannel.channel.GeneralSettings;
import io.rechargechannel.channel.SalesChannel;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Both emails of a channel rendered for a sample order, and sent as a test to a person's own address. */
@ApplicationScoped
public class EmailPreviews {

    static final EmailFacts SAMPLE = new EmailFacts("#1001", "Alex Taylor", "alex.taylor@example.com",
            List.of(new EmailFacts.Line("Breakfast Tea", "250 g loose leaf", "TEA-BRK-250", 2),
                    new EmailFacts.Line("Earl Grey", "50 bags", "TEA-EG-50", 1)),
            List.of("Alex Taylor", "12 High Street", "Leeds LS1 4AB", "GB"), "Royal Mail", "RM123456785GB",
            "https://www.royalmail.com/track-your-item#/tracking-results/RM123456785GB");
    static final String SAMPLE_FEEDBACK_URL = "https://shop.example.com/review?order=%231001";

    /** Both emails as the sample order would receive them. */
    public record Preview(RenderedEmail despatch, RenderedEmail feedback) {
    }

    private final EmailRenderer renderer;
    private final Senders senders;
    private final OptOuts optOuts;
    private final Mailer mailer;

    EmailPreviews(EmailRenderer renderer, Senders senders, OptOuts optOuts, Mailer mailer) {
        this.renderer = renderer;
        this.senders = senders;
        this.optOuts = optOuts;
        this.mailer = mailer;
    }

    public Optional<Preview> preview(long channelId) {
        return QuarkusTransaction.joiningExisting().call(() -> SalesChannel.byId(channelId).map(this::preview));
    }

    private Preview preview(SalesChannel channel) {
        return preview(channel, SAMPLE);
    }

    private Preview preview(SalesChannel channel, EmailFacts facts) {
        GeneralSettings general = GeneralSettings.current();
        Brand brand = channel.effectiveBrand(general);
        String from = senders.from(brand, general.company());
        String feedbackUrl = Optional.ofNullable(channel.feedbackEmails().feedbackUrlFor(facts.orderNumber()))
                .orElse(SAMPLE_FEEDBACK_URL);
        return new Preview(renderer.despatch(facts, brand, general.company(), channel.despatchEmails(), from),
                renderer.feedback(facts, brand, general.company(), feedbackUrl, optOuts.unsubscribeUrl(facts.recipient()), from));
    }

    /** Sends both sample emails of the channel to {@code address} now (not through the outbox); false: no channel. */
    public boolean sendTest(long channelId, String address) {
        EmailFacts facts = new EmailFacts(SAMPLE.orderNumber(), SAMPLE.customerName(), address, SAMPLE.lines(),
                SAMPLE.addressLines(), SAMPLE.carrierName(), SAMPLE.trackingNumber(), SAMPLE.trackingUrl());
        Optional<Preview> preview = QuarkusTransaction.joiningExisting().call(() ->
                SalesChannel.byId(channelId).map(channel -> preview(channel, facts)));
        if (preview.isEmpty()) {
            return false;
        }
        String id = UUID.randomUUID().toString();
        for (RenderedEmail email : List.of(preview.get().despatch(), preview.get().feedback())) {
            String domain = Senders.domainOf(email.from());
            RenderedEmail test = new RenderedEmail(email.from(), email.replyTo(), address, "[Test] " + email.subject(),
                    email.html(), email.text(), email.headers());
            mailer.send(EmailSender.mail(test, "<test-" + id + "-" + test.subject().hashCode() + "@" + domain + ">"));
        }
        Log.infof("Test emails of channel %d sent to %s", channelId, OptOuts.masked(address));
        return true;
    }
}
