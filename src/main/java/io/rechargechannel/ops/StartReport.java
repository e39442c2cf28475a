package io.rechargechannel.ops;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.rechargechannel.channel.TokenCipher;
import io.rechargechannel.channel.TokenKeys;
import io.rechargechannel.database.Database;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * A few lines at start saying what this instance runs on: the database (embedded, with its data directory, or
 * the server's address) and whether it keeps what it commits, the sandbox, where the token key comes from, and
 * how many users exist. First of the start-up observers, so that a start that is refused says this first.
 */
@ApplicationScoped
class StartReport {

    private final Database database;
    private final TokenKeys keys;
    private final Instance<TokenCipher> cipher;
    private final EntityManager em;
    private final boolean sandbox;

    StartReport(Database database, TokenKeys keys, Instance<TokenCipher> cipher, EntityManager em,
                @ConfigProperty(name = "sandbox.enabled", defaultValue = "true") boolean sandbox) {
        this.database = database;
        this.keys = keys;
        this.cipher = cipher;
        this.em = em;
        this.sandbox = sandbox;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        Log.infof("Database: %s (%s)", database.describe(), durability());
        if (database.embedded()) {
            Log.info("Database: it lives inside this process and serves this one instance. For several instances, "
                    + "backups or a managed PostgreSQL, set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME "
                    + "and QUARKUS_DATASOURCE_PASSWORD (and the same CHANNEL_TOKEN_KEY on every instance)");
        }
        Log.info(sandbox ? "Sandbox: on, under /sandbox (a ReCharge stand-in; SANDBOX_ENABLED=false turns it off)"
                : "Sandbox: off");
        Log.infof("Token key: %s", tokenKey());
        Log.infof("Users: %s", users());
    }

    private String durability() {
        return QuarkusTransaction.requiringNew().call(() -> "fsync " + setting("fsync")
                + ", synchronous_commit " + setting("synchronous_commit"));
    }

    private String setting(String name) {
        return String.valueOf(em.createNativeQuery("SELECT current_setting(?1)").setParameter(1, name).getSingleResult());
    }

    private String tokenKey() {
        try {
            TokenCipher current = cipher.get();
            List<String> previous = current.previousFingerprints();
            return keys.origin() + " (fingerprint " + current.fingerprint() + ")"
                    + (previous.isEmpty() ? "" : ", CHANNEL_TOKEN_KEY_PREVIOUS (fingerprint "
                    + String.join(", ", previous) + ") read while keys rotate");
        } catch (RuntimeException refused) {
            return "not usable: " + refused.getMessage();
        }
    }

    /**
     * Hook for sign-in: the rows of {@code app_user} once that table exists (its migration belongs to the
     * {@code auth} feature); until then, says that it does not.
     */
    private String users() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object table = em.createNativeQuery("SELECT to_regclass('app_user')::text").getSingleResult();
            return table == null ? "table app_user does not exist yet"
                    : String.valueOf(em.createNativeQuery("SELECT count(*) FROM app_user").getSingleResult());
        });
    }
}
