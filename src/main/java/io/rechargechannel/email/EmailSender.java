package io.rechargechannel.email;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.rechargechannel.orders.OrderEvent;
import io.rechargechannel.orders.OrderTimeline;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Delivers the outbox. Each tick claims due rows ({@code FOR UPDATE SKIP LOCKED}, a claim that expires on
 * PostgreSQL's clock), reads the send-time rules and renders each in its own short transaction, hands the emails to
 * SMTP a few at a time, and marks each row sent right after SMTP accepted it. Any number of instances may run it:
 * a claim decides who sends a row; a sender that dies leaves its rows to the next claim after
 * {@code email.sender.claim}.
 *
 * <p>Exactly once, and the one gap: a sender that dies after SMTP accepted an email and before the row is marked
 * sent leaves the row to be sent again when its claim expires: a duplicate. The window is one UPDATE long (the mark
 * follows the send at once), and every attempt of a row carries the same Message-ID, by which receiving servers
 * may drop the second copy.
 */
@ApplicationScoped
public class EmailSender {

    private static final Duration POSTPONE = Duration.ofMinutes(1);
    private static final int MAX_ERROR = 1000;

    private final OutboxClaims claims;
    private final EmailComposer composer;
    private final Mailer mailer;
    private final OrderTimeline timeline;
    private final EmailMetrics metrics;
    private final OutboxStats stats;
    private final EmailConfig config;
    private final ExecutorService smtp;

    EmailSender(OutboxClaims claims, EmailComposer composer, Mailer mailer, OrderTimeline timeline, EmailMetrics metrics,
                OutboxStats stats, EmailConfig config) {
        this.claims = claims;
        this.composer = composer;
        this.mailer = mailer;
        this.timeline = timeline;
        this.metrics = metrics;
        this.stats = stats;
        this.config = config;
        this.smtp = Executors.newFixedThreadPool(config.sender().parallelism(), runnable -> {
            Thread thread = new Thread(runnable, "email-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "${email.sender.every:5s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sendDue();
    }

    /** Sends every email due now, with a claim of its own; how many SMTP accepted. */
    public int sendDue() {
        UUID token = UUID.randomUUID();
        int sent = 0;
        List<Long> claimed;
        do {
            claimed = claims.claim(token, config.sender().claim(), config.sender().batchSize());
            sent += deliver(claimed, token);
        } while (claimed.size() == config.sender().batchSize());
        metrics.oldestDue(QuarkusTransaction.requiringNew().call(stats::oldestDueSeconds));
        return sent;
    }

    private int deliver(List<Long> claimed, UUID token) {
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<Long, Prepared> despatchEmails = preparedTogether(claimed);
        List<Future<Boolean>> sends = new ArrayList<>();
        for (long id : claimed) {
            Prepared ready = despatchEmails.get(id);
            sends.add(smtp.submit(() -> {
                Prepared prepared = ready != null ? ready : prepareAlone(id, token);
                return prepared != null && handle(prepared, token);
            }));
        }
        int sent = 0;
        for (Future<Boolean> send : sends) {
            try {
                sent += send.get() ? 1 : 0;
            } catch (ExecutionException e) {
                Log.errorf(e.getCause(), "Email sender: a claimed row could not be handled (left for the next claim)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return sent;
            }
        }
        return sent;
    }

    /** The despatch emails of a claim, read in one transaction; when one of them breaks it, each alone instead. */
    private Map<Long, Prepared> preparedTogether(List<Long> claimed) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> composer.prepareDespatchEmails(claimed));
        } catch (RuntimeException e) {
            Log.warnf(e, "Email sender: reading %d claimed emails together failed; reading each alone", claimed.size());
            return Map.of();
        }
    }

    /**
     * One claimed row read and rendered on its own; null when that broke (bad data, a template error), which counts
     * as a failed attempt like an SMTP refusal, so that the row backs off and ends FAILED on the Emails page.
     */
    private Prepared prepareAlone(long id, UUID token) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> composer.prepare(id));
        } catch (RuntimeException e) {
            Log.errorf(e, "Email %d could not be prepared", id);
            attemptFailed(id, token, "could not be prepared: " + describe(e));
            return null;
        }
    }

    /** One claimed row, its rules read: SMTP and mark, or closed, or put off. True when SMTP accepted it. */
    private boolean handle(Prepared prepared, UUID token) {
        if (prepared instanceof Prepared.Send send) {
            return send(send, token);
        }
        if (prepared instanceof Prepared.Skip skip) {
            close(skip, token);
        } else {
            claims.postpone(prepared.id(), token, POSTPONE);
        }
        return false;
    }

    private boolean send(Prepared.Send send, UUID token) {
        try {
            mailer.send(mail(send.email(), send.messageId()));
        } catch (RuntimeException e) {
            failed(send, token, e);
            return false;
        }
        boolean marked = QuarkusTransaction.requiringNew().call(() -> {
            boolean mine = claims.markSent(send.id(), token);
            if (mine) {
                timeline.record(send.orderId(), OrderEvent.Kind.EMAIL_SENT, send.kind().label() + " sent to " + send.email().to());
            }
            return mine;
        });
        if (!marked) {
            Log.warnf("Email %d (order %d) was sent but its claim had expired: another sender may send it again",
                    send.id(), send.orderId());
        }
        metrics.sent(send.kind());
        return true;
    }

    private void close(Prepared.Skip skip, UUID token) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (claims.markNotSent(skip.id(), token, skip.reason())) {
                timeline.record(skip.orderId(), OrderEvent.Kind.EMAIL_NOT_SENT, skip.kind().label() + " not sent: " + skip.reason());
                metrics.notSent(skip.kind());
            }
        });
        Log.infof("Email %d (order %d) not sent: %s", skip.id(), skip.orderId(), skip.reason());
    }

    private void failed(Prepared.Send send, UUID token, RuntimeException e) {
        String error = describe(e);
        attemptFailed(send.id(), token, error);
        Log.warnf("Email %d (order %d), attempt failed: %s", send.id(), send.orderId(), error);
    }

    /** An attempt of a claimed row failed: due again after its backoff, or FAILED after the last attempt. */
    private void attemptFailed(long id, UUID token, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEmail row = OutboxEmail.findById(id);
            if (row == null) {
                return;
            }
            metrics.failed(row.kind);
            int attempts = row.attempts + 1;
            EmailStatus now = claims.markAttemptFailed(id, token, error, config.retry().maxAttempts(), backoff(attempts));
            if (now == EmailStatus.FAILED) {
                timeline.record(row.orderId, OrderEvent.Kind.EMAIL_FAILED, row.kind.label() + " to " + row.recipient
                        + " failed after " + attempts + " attempts: " + error);
            }
        });
    }

    private Duration backoff(int attempts) {
        return backoff(attempts, config.retry().initialDelay(), config.retry().maxDelay());
    }

    /** 1st failure: the initial delay; each further one doubles it, up to the maximum. */
    static Duration backoff(int attempts, Duration initial, Duration max) {
        Duration delay = initial;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    static Mail mail(RenderedEmail email, String messageId) {
        Mail mail = Mail.withHtml(email.to(), email.subject(), email.html()).setText(email.text()).setFrom(email.from());
        if (email.replyTo() != null) {
            mail.setReplyTo(email.replyTo());
        }
        mail.addHeader("Message-ID", messageId);
        email.headers().forEach(mail::addHeader);
        return mail;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > MAX_ERROR ? message.substring(0, MAX_ERROR) : message;
    }

    @PreDestroy
    void stop() {
        smtp.shutdownNow();
    }
}
