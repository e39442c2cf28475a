package io.rechargechannel.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.logging.Log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Sandbox stores kept in a file between starts ({@code sandbox.stores-file}, set in dev mode), so that channels
 * pointing at them keep working after a restart: each store's id, spec, creation time, rate limit and tokens.
 * The same spec and creation time generate the same orders again; what changed since (orders added by the live
 * ticker or the control API, faults) is not kept. The tokens are sandbox tokens, good for this sandbox only.
 */
final class SavedStores {

    record SavedToken(String value, String name, List<String> scopes) {
    }

    record Saved(long id, Instant createdAt, StoreSpec spec, List<SavedToken> tokens) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path file;

    SavedStores(Path file) {
        this.file = file;
    }

    List<Saved> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<List<Saved>>() { });
        } catch (IOException e) {
            Log.warnf("Sandbox stores in %s could not be read (%s): starting without them", file, e.getMessage());
            return List.of();
        }
    }

    /** Writes all stores, replacing the file in one move so that a crash leaves the old or the new one. */
    synchronized void save(Collection<SandboxStore> stores) {
        List<Saved> saved = stores.stream().map(SavedStores::saved).toList();
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path next = Files.createTempFile(parent, file.getFileName().toString(), ".next");
            JSON.writerWithDefaultPrettyPrinter().writeValue(next.toFile(), saved);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the sandbox stores in " + file, e);
        }
    }

    static void restoreTokens(SandboxStore store, Saved saved) {
        saved.tokens().forEach(t -> store.access.restore(new Token(t.value(), t.name(), t.scopes())));
    }

    private static Saved saved(SandboxStore store) {
        return new Saved(store.id(), store.createdAt(), store.spec(), store.access.tokens().stream()
                .map(t -> new SavedToken(t.value(), t.name(), t.scopes())).toList());
    }
}
