package io.rechargechannel.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) in a JVM of its own, with its own
 * embedded PostgreSQL in a scratch folder: the sandbox store, or a worker under a heap limit.
 */
final class AppProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final JsonHttp http;
    private final Path log;

    private AppProcess(String name, Process process, JsonHttp http, Path log) {
        this.name = name;
        this.process = process;
        this.http = http;
        this.log = log;
    }

    static AppProcess start(String name, Path projectDir, Path workDir, List<String> jvmOptions,
                            Map<String, String> properties) {
        Path jar = projectDir.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the bench profile packages the app before it runs");
        }
        try {
            deleteRecursively(workDir);
            Files.createDirectories(workDir);
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(jvmOptions);
            command.add("-Dquarkus.profile=prod");
            command.add("-Dquarkus.http.port=" + port);
            command.add("-Dembedded-postgres.data-dir=" + workDir.resolve("postgres"));
            command.add("-Dchannel.token-key-file=" + workDir.resolve("token.key"));
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add("-jar");
            command.add(jar.toString());
            Path log = workDir.resolve(name + ".log");
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            AppProcess app = new AppProcess(name, process, new JsonHttp("http://localhost:" + port), log);
            app.awaitReady(Duration.ofMinutes(3));
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonHttp http() {
        return http;
    }

    long pid() {
        return process.pid();
    }

    /** CPU seconds this JVM has used so far (user + system). */
    double cpuSeconds() {
        return CpuMeter.processSeconds(process.pid());
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (http.answers("/q/health/live")) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " did not start within " + timeout + "; see " + log);
    }

    /** Stops the JVM the way an operator would (SIGTERM), so that its embedded PostgreSQL stops too. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A scratch folder is emptied first: each run gets a new database. */
    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
