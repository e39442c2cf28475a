package io.rechargechannel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) in a JVM of its own, started as an
 * operator starts it: {@code java -jar} in a working folder of its own (so {@code data/} lands there), with
 * environment variables and system properties of the caller's choosing and nothing inherited that would
 * configure it. Its console output goes to a log file in that folder.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    /** Environment variables of the test run that would configure the application: never passed on. */
    private static final List<String> OWN_PREFIXES = List.of("QUARKUS_", "CHANNEL_", "SANDBOX_", "SYNC_",
            "RECHARGE_", "EMBEDDED_POSTGRES_", "AUTH_");

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private PackagedApp(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** A launch of {@code jar} in {@code workDir} (created if missing, kept as it is otherwise). */
    public static Launch launch(String name, Path jar, Path workDir) {
        return new Launch(name, jar, workDir);
    }

    /** How a process ended: its exit code and everything it wrote. */
    public record Exit(int code, String log) {
    }

    public static final class Launch {
        private final String name;
        private final Path jar;
        private final Path workDir;
        private final List<String> jvmOptions = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private int port;

        private Launch(String name, Path jar, Path workDir) {
            this.name = name;
            this.jar = jar.toAbsolutePath();
            this.workDir = workDir.toAbsolutePath();
            // As an operator's first start does: the first admin, so that the start is not refused and the API can
            // be called (as TestUsers.ADMIN); a launch may take these away again with env(key, null).
            env.put("AUTH_BOOTSTRAP_ADMIN_USERNAME", TestUsers.ADMIN);
            env.put("AUTH_BOOTSTRAP_ADMIN_PASSWORD", TestUsers.ADMIN_PASSWORD);
        }

        public Launch jvmOptions(List<String> options) {
            jvmOptions.addAll(options);
            return this;
        }

        public Launch property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public Launch properties(Map<String, String> more) {
            properties.putAll(more);
            return this;
        }

        /** Sets a variable of the launched process; null leaves it out. */
        public Launch env(String key, String value) {
            if (value == null) {
                env.remove(key);
                return this;
            }
            env.put(key, value);
            return this;
        }

        /** The HTTP port, for a start that must find what an earlier one saved there; else a free one. */
        public Launch port(int fixed) {
            port = fixed;
            return this;
        }

        /** Starts it and waits until {@code /q/health/live} answers; fails if the process ends first. */
        public PackagedApp start(Duration timeout) {
            PackagedApp app = spawn();
            app.awaitLive(timeout);
            return app;
        }

        /** Starts it and waits for the process to end by itself, as a start that refuses to run does. */
        public Exit startExpectingExit(Duration timeout) {
            PackagedApp app = spawn();
            try {
                if (!app.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    app.close();
                    throw new AssertionError(name + " was expected to refuse to start, but it is still running after "
                            + timeout + "; log:\n" + app.log());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                app.close();
                throw new IllegalStateException(e);
            }
            return new Exit(app.process.exitValue(), app.log());
        }

        private PackagedApp spawn() {
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: package the application first (./mvnw package)");
            }
            try {
                Files.createDirectories(workDir);
                int port = this.port > 0 ? this.port : freePort();
                List<String> command = new ArrayList<>();
                command.add(ProcessHandle.current().info().command().orElse("java"));
                command.addAll(jvmOptions);
                command.add("-Dquarkus.http.port=" + port);
                properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
                command.add("-jar");
                command.add(jar.toString());
                Path log = workDir.resolve(name + ".log");
                ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().keySet().removeIf(key -> OWN_PREFIXES.stream().anyMatch(key::startsWith));
                builder.environment().putAll(env);
                return new PackagedApp(name, builder.start(), log, port);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** What the application has written so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path logFile() {
        return log;
    }

    private void awaitLive(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest live = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/live"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log:\n" + log());
            }
            try {
                if (http.send(live, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException(name + " did not start within " + timeout + "; log:\n" + log());
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

    /** Empties {@code dir} (or creates it): a scratch folder for a run that must start from nothing. */
    public static Path freshDirectory(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (var paths = Files.walk(dir)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
