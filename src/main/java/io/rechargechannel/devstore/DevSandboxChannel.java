package io.rechargechannel.devstore;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.rechargechannel.channel.ChannelEdit;
import io.rechargechannel.channel.CommercialInvoice;
import io.rechargechannel.channel.DespatchEmails;
import io.rechargechannel.channel.FeedbackEmails;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.channel.SalesChannels;
import io.rechargechannel.sandbox.CreatedStore;
import io.rechargechannel.sandbox.SandboxStore;
import io.rechargechannel.sandbox.SandboxStores;
import io.rechargechannel.sandbox.StoreSpec;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Dev mode only: a live sandbox store and a channel "ReCharge Sandbox" pointing at it exist from the
 * first start, so {@code ./mvnw quarkus:dev} shows orders flowing with nothing configured. Dev mode keeps
 * sandbox stores and their tokens in {@code data/sandbox-dev/stores.json} ({@code sandbox.stores-file}), so
 * after a restart the store is back with the token the channel holds (and so is any store of your own). If
 * the store is gone (the file deleted), a new one is made and its token put on the existing channel.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DevSandboxChannel {

    static final String NAME = "ReCharge Sandbox";

    @Inject
    SandboxStores sandbox;

    @Inject
    SalesChannels channels;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    void onStart(@Observes StartupEvent event) {
        // The channel form checks the token over HTTP against the sandbox: wait for the HTTP server.
        CompletableFuture.runAsync(this::seedWhenListening);
    }

    private void seedWhenListening() {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= 20; attempt++) {
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                seed();
                return;
            } catch (RuntimeException e) {
                last = e;
                Log.debugf("Dev sandbox channel not ready yet (attempt %d): %s", attempt, e.getMessage());
                sleep();
            } finally {
                requestContext.terminate();
            }
        }
        Log.warn("Dev sandbox channel could not be set up; add a channel over POST /api/channels", last);
    }

    private void seed() {
        Optional<Long> existing = QuarkusTransaction.requiringNew()
                .call(() -> SalesChannel.byName(NAME).map(SalesChannel::id));
        Optional<SandboxStore> kept = sandbox.all().stream().filter(s -> s.name().equals(NAME)).findFirst();
        if (kept.isPresent() && existing.isPresent()) {
            Log.infof("Dev sandbox: store %d and channel '%s' kept from the last run", kept.get().id(), NAME);
            return;
        }
        String baseUrl = "http://localhost:" + port + CreatedStore.BASE_URL;
        if (kept.isPresent()) {
            channels.add(edit(NAME, kept.get().tokens().get(0), baseUrl));
            return;
        }
        CreatedStore store = sandbox.create(new StoreSpec(NAME, 3000, 40, 42L, StoreSpec.Catalog.CUSTOM,
                StoreSpec.RateLimit.RECHARGE, new StoreSpec.Live(6, 6)));
        try {
            if (existing.isPresent()) {
                channels.edit(existing.get(), edit(null, store.token(), baseUrl));
            } else {
                channels.add(edit(NAME, store.token(), baseUrl));
            }
            Log.infof("Dev sandbox: store %d with 3000 live orders, channel '%s' syncing from %s", store.id(), NAME, baseUrl);
        } catch (RuntimeException e) {
            sandbox.delete(store.id());
            throw e;
        }
    }

    private static final CommercialInvoice SAMPLE_INVOICE = new CommercialInvoice("Sandbox Trading Ltd",
            "1 Sandbox Way, Leeds LS1 4AP, United Kingdom", "GB123456789000", "GBUNREG", "GB", "210690", "SALE", "DAP");

    private static ChannelEdit edit(String name, String token, String baseUrl) {
        if (name == null) {
            return ChannelEdit.newToken(token, baseUrl).withActive(true).withSync(true, 30);
        }
        // A new dev channel sends both emails, so that a despatch shows them on /dev/mailbox, and has a sample
        // commercial invoice, so that its orders abroad can be despatched and the attention lane shows real problems.
        ChannelEdit fresh = ChannelEdit.newChannel(name, token, baseUrl).withActive(true).withSync(true, 30);
        return new ChannelEdit(fresh.name(), fresh.accessToken(), fresh.baseUrl(), null, true, fresh.autoSyncStock(),
                fresh.syncIntervalSeconds(), null, SAMPLE_INVOICE, new DespatchEmails(true, null, true),
                new FeedbackEmails(true, FeedbackEmails.DEFAULT_DELAY_DAYS, "https://shop.example.com/review?order={orderNumber}"));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
