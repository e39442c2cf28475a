package io.rechargechannel.reliability;

import io.rechargechannel.sandbox.SandboxStore;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Does something to the world while a sync runs: as soon as the sandbox store has been asked {@code requests}
 * more times (counted from when this is made, so the channel's own token check does not count), runs
 * {@code action} on another thread. The sync never knows.
 */
final class OnRequest {

    private final CompletableFuture<Void> done;

    private OnRequest(SandboxStore store, long more, Runnable action) {
        long requests = store.counters().requests() + more;
        done = CompletableFuture.runAsync(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (store.counters().requests() < requests) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the store never saw " + requests + " requests");
                }
                Thread.onSpinWait();
                sleepQuietly();
            }
            action.run();
        }, task -> {
            Thread thread = new Thread(task, "on-request");
            thread.setDaemon(true);
            thread.start();
        });
    }

    static OnRequest after(SandboxStore store, long requests, Runnable action) {
        return new OnRequest(store, requests, action);
    }

    /** Waits for the action to have run (rethrowing what it threw). */
    void join() {
        done.orTimeout(90, TimeUnit.SECONDS).join();
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(0, 200_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
