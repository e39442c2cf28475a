package io.rechargechannel.bench;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.email.EmailFixture;
import io.rechargechannel.email.EmailSender;
import io.rechargechannel.testing.SandboxChannels;
import io.rechargechannel.testing.Smtp;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The email benchmark (docs/emails.md, docs/benchmarks.md): scenario 10, sender throughput to a local SMTP server
 * (GreenMail) with two senders on one database and no duplicates; scenario 11, what queueing adds to a despatch
 * transaction. Runs in {@code ./mvnw -B -Pbench verify}, or alone:
 * {@code ./mvnw -B test -Dtest=EmailBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Writes
 * {@code target/bench/email-results.md}.
 */
@QuarkusTest
class EmailBenchmark {

    @Inject
    EmailFixture fixture;

    @Inject
    EmailSender sender;

    @Inject
    SandboxChannels sandbox;

    @Inject
    EntityManager em;

    @Test
    void run() throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Bench bench = new Bench(settings, null, null);
        Instant started = Instant.now();
        String load = CpuMeter.loadAverage();
        long t0 = System.nanoTime();
        int orders = Integer.getInteger("bench.email.orders", 1000);
        Smtp.fresh();
        long channel = fixture.channel(orders, true, false);
        List<Long> ids = fixture.orders(channel);
        if (settings.runs(11)) {
            queueingCost(bench, channel, ids);
        }
        if (settings.runs(10)) {
            throughput(bench, channel, ids);
        }
        String table = ResultTable.render(bench, started, load, (System.nanoTime() - t0) / 1e9);
        System.out.println(table);
        Files.createDirectories(settings.workDir());
        Files.writeString(settings.workDir().resolve("email-results.md"), table);
    }

    /** 11: a despatch transaction (order update + event) with the outbox observer queueing, against one without. */
    private void queueingCost(Bench bench, long channel, List<Long> ids) {
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        long despatchId = 5_000_000_000L;
        for (int round = 0; round < 3; round++) {
            for (long order : ids) {
                long start = System.nanoTime();
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE orders SET fulfilment_status = 'DESPATCHED', despatched_at = now() WHERE id = ?1")
                        .setParameter(1, order).executeUpdate());
                without.add((System.nanoTime() - start) / 1e6);
                start = System.nanoTime();
                fixture.despatch(order, channel, ++despatchId);
                with.add((System.nanoTime() - start) / 1e6);
            }
        }
        int warmup = ids.size();
        List<Double> w = with.subList(warmup, with.size());
        List<Double> wo = without.subList(warmup, without.size());
        double added = Stats.median(w) - Stats.median(wo);
        bench.add(Figure.info("11 queueing", "despatch transaction without the observer, median", Stats.median(wo), "ms"));
        bench.add(Figure.info("11 queueing", "despatch transaction with the observer (2 rows + timeline), median", Stats.median(w), "ms"));
        bench.add(Figure.atMost("11 queueing", "added by queueing, median", added, "ms", 5));
        bench.add(Figure.info("11 queueing", "added by queueing, p95", Stats.percentile(w, 95) - Stats.percentile(wo, 95), "ms"));
        bench.note("11", String.format(Locale.ROOT, "%d despatches of each kind after %d warm-up rounds; the observer "
                + "loads the channel, inserts the despatch email (and the feedback one when on) in one statement and "
                + "writes the timeline line", w.size(), warmup));
        // what was queued here is not part of scenario 10
        sandbox.execute("UPDATE email_outbox SET status = 'NOT_SENT', closed_reason = 'benchmark' WHERE channel_id = ?1 "
                + "AND status = 'QUEUED'", channel);
    }

    /** 10: every queued email out through two senders at once; counts what SMTP received and every Message-ID. */
    private void throughput(Bench bench, long channel, List<Long> ids) throws Exception {
        Smtp.fresh();
        long despatchId = 7_000_000_000L;
        for (int round = 0; round < 2; round++) {
            for (long order : ids) {
                fixture.despatch(order, channel, ++despatchId);
            }
        }
        long queued = sandbox.count("SELECT count(*) FROM email_outbox WHERE channel_id = ?1 AND status = 'QUEUED'", channel);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> both = instances.invokeAll(List.of(() -> sender.sendDue(), () -> sender.sendDue()));
            for (Future<Integer> one : both) {
                one.get();
            }
        } finally {
            instances.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<MimeMessage> received = Smtp.received();
        Set<String> messageIds = new HashSet<>();
        for (MimeMessage message : received) {
            messageIds.add(messageId(message));
        }
        long sent = sandbox.count("SELECT count(*) FROM email_outbox WHERE channel_id = ?1 AND status = 'SENT'", channel);
        bench.add(Figure.info("10 sender", "emails queued", queued, "emails"));
        bench.add(Figure.atLeast("10 sender", "throughput, two senders, one database", sent / seconds, "emails/s", 100));
        bench.add(Figure.atMost("10 sender", "duplicates (received − distinct Message-IDs)", received.size() - messageIds.size(), "emails", 0));
        bench.add(Figure.atMost("10 sender", "lost (queued − marked sent)", queued - sent, "emails", 0));
        bench.note("10", String.format(Locale.ROOT, "%d emails to GreenMail on this machine in %.1f s; two sendDue() loops "
                + "with claims of their own in one JVM (one SMTP connection pool and one executor: 8 sends in flight in all)", sent, seconds));
    }

    private static String messageId(MimeMessage message) throws MessagingException, IOException {
        return message.getMessageID();
    }
}
