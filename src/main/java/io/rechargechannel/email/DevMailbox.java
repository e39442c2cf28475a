package io.rechargechannel.email;

import io.quarkus.mailer.SentMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Dev mode's mailbox: with Quarkus Mailer in mock mode (dev mode without SMTP settings), the last
 * {@value #KEPT} emails "sent", newest first, for the /dev/mailbox page. In memory only; nothing in prod.
 */
@ApplicationScoped
public class DevMailbox {

    static final int KEPT = 100;

    /** One captured email. */
    public record Captured(Instant at, String from, List<String> to, String subject, String html, String text) {
    }

    private final MailSetup setup;
    private final Clock clock;
    private final Deque<Captured> mails = new ArrayDeque<>();

    DevMailbox(MailSetup setup, Clock clock) {
        this.setup = setup;
        this.clock = clock;
    }

    void onSent(@Observes SentMail mail) {
        if (!setup.capturing()) {
            return;
        }
        synchronized (mails) {
            mails.addFirst(new Captured(clock.instant(), mail.from(), mail.to(), mail.subject(), mail.htmlBody(), mail.textBody()));
            while (mails.size() > KEPT) {
                mails.removeLast();
            }
        }
    }

    public boolean capturing() {
        return setup.capturing();
    }

    public List<Captured> latest() {
        synchronized (mails) {
            return List.copyOf(mails);
        }
    }
}
