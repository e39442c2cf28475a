package io.rechargechannel.sync;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Fetches a run's next page while the current one is being written. ReCharge allows one token two
 * calls a second; writing a page takes a good part of that, so fetching and writing in turn would
 * leave the allowance unused. The fetch runs on its own thread, outside any transaction.
 */
@ApplicationScoped
class PageAhead {

    private final ExecutorService fetchers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "recharge-page-ahead");
        thread.setDaemon(true);
        return thread;
    });

    <T> CompletableFuture<T> fetch(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, fetchers);
    }

    /** The fetched page, or the exception the fetch ended with, as if it had been called here. */
    static <T> T await(CompletableFuture<T> ahead) {
        try {
            return ahead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A run that ends leaves no request in flight behind it: wait for the fetch, whatever it brings. */
    static void settle(CompletableFuture<?> ahead) {
        if (ahead != null) {
            ahead.handle((page, failure) -> null).join();
        }
    }

    @PreDestroy
    void stop() {
        fetchers.shutdownNow();
    }
}
