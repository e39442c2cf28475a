package io.rechargechannel.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** With a stores file (dev mode) a restarted sandbox has the same stores, orders and tokens as before. */
class SandboxStoresRestartTest {

    @TempDir
    Path dir;

    @Test
    void storesComeBackWithTheirOrdersAndTokens() {
        SandboxStores before = new SandboxStores(Clock.systemUTC(), config(dir.resolve("sandbox/stores.json")));
        CreatedStore created = before.create(StoreSpec.of("Kept", 300, 5).withSeed(7));
        SandboxStore store = before.store(created.id()).orElseThrow();
        String second = store.issueToken(List.of("read_orders"), "sk_2x1_");
        store.revokeToken(created.token());
        before.create(StoreSpec.of("Deleted", 10, 1));
        before.delete(created.id() + 1);

        SandboxStores after = new SandboxStores(Clock.systemUTC(), config(dir.resolve("sandbox/stores.json")));

        assertThat(after.all()).extracting(SandboxStore::id).containsExactly(created.id());
        SandboxStore again = after.byToken(second).orElseThrow();
        assertThat(again.orders()).isEqualTo(store.orders());
        assertThat(again.createdAt()).isEqualTo(store.createdAt());
        assertThat(again.tokens()).containsExactly(second);
        assertThat(after.byToken(created.token())).as("revoked before the restart").isEmpty();
        assertThat(after.create(StoreSpec.of("Next", 1, 1)).id()).isGreaterThan(created.id());
    }

    @Test
    void withoutAFileStoresLiveInMemoryOnly() {
        SandboxStores before = new SandboxStores(Clock.systemUTC(), config(null));
        before.create(StoreSpec.of("Gone", 10, 1));

        assertThat(new SandboxStores(Clock.systemUTC(), config(null)).all()).isEmpty();
    }

    private static SandboxConfig config(Path file) {
        return new SandboxConfig() {
            public boolean enabled() {
                return true;
            }

            public Duration historyRetention() {
                return Duration.ofMinutes(15);
            }

            public Duration liveTick() {
                return Duration.ofSeconds(1);
            }

            public int maxStores() {
                return 50;
            }

            public Optional<Path> storesFile() {
                return Optional.ofNullable(file);
            }

            public RateLimit rateLimit() {
                return new RateLimit() {
                    public int bucketSize() {
                        return 40;
                    }

                    public double leakPerSecond() {
                        return 2;
                    }
                };
            }
        };
    }
}
