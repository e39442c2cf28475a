package io.rechargechannel.bench;

import io.rechargechannel.testing.PackagedApp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The packaged application in a JVM of its own ({@link PackagedApp}), with its own embedded PostgreSQL in a
 * scratch folder: the sandbox store, or a worker under a heap limit. Benchmarks run that database with the fast
 * settings (no fsync), as dev mode and tests do (application.properties, {@code embedded-postgres.durable}).
 */
final class AppProcess implements AutoCloseable {

    private final PackagedApp app;
    private final JsonHttp http;

    private AppProcess(PackagedApp app) {
        this.app = app;
        this.http = new JsonHttp(app.baseUrl());
    }

    static AppProcess start(String name, Path projectDir, Path workDir, List<String> jvmOptions,
                            Map<String, String> properties) {
        PackagedApp.freshDirectory(workDir);
        return new AppProcess(PackagedApp.launch(name, projectDir.resolve(PackagedApp.JAR), workDir)
                .jvmOptions(jvmOptions)
                .property("quarkus.profile", "prod")
                .property("embedded-postgres.data-dir", workDir.resolve("postgres").toString())
                .property("embedded-postgres.durable", "false")
                .property("channel.token-key-file", workDir.resolve("token.key").toString())
                .properties(properties)
                .start(Duration.ofMinutes(3)));
    }

    JsonHttp http() {
        return http;
    }

    long pid() {
        return app.pid();
    }

    /** CPU seconds this JVM has used so far (user + system). */
    double cpuSeconds() {
        return CpuMeter.processSeconds(app.pid());
    }

    @Override
    public void close() {
        app.close();
    }

    static void sleep(long millis) {
        PackagedApp.sleep(millis);
    }
}
