package io.rechargechannel.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.channel.ChannelEdit;
import io.rechargechannel.channel.SalesChannels;
import io.rechargechannel.sandbox.CreatedStore;
import io.rechargechannel.sandbox.SandboxStore;
import io.rechargechannel.sandbox.SandboxStores;
import io.rechargechannel.sandbox.StoreSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.UUID;

/** Test fixture: a sandbox store and a sales channel pointing at it over real HTTP. */
@ApplicationScoped
public class SandboxChannels {

    /** A channel and the store behind it. */
    public record Linked(long channelId, SandboxStore store, String token) {
    }

    @Inject
    SandboxStores sandbox;

    @Inject
    SalesChannels channels;

    @Inject
    EntityManager em;

    public Linked create(StoreSpec spec, boolean autoSyncStock) {
        CreatedStore store = sandbox.create(spec);
        long channelId = channels.add(ChannelEdit.newChannel(spec.name() + " " + UUID.randomUUID().toString().substring(0, 6),
                store.token(), baseUrl()).withActive(true).withSync(autoSyncStock, 60)).channel().id();
        return new Linked(channelId, sandbox.store(store.id()).orElseThrow(), store.token());
    }

    public static String baseUrl() {
        // Tests listen on a random port; Quarkus hands the real one to rest-assured.
        return "http://localhost:" + io.restassured.RestAssured.port + CreatedStore.BASE_URL;
    }

    public int execute(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> query(sql, params).executeUpdate());
    }

    public long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) query(sql, params).getSingleResult()).longValue());
    }

    private Query query(String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
