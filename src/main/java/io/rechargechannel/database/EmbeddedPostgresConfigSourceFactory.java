package io.rechargechannel.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Supplies the datasource of an embedded PostgreSQL when none is configured.
 *
 * <p>Setting {@code QUARKUS_DATASOURCE_JDBC_URL} (or {@code quarkus.datasource.jdbc.url}) switches
 * this off entirely: nothing is started and the configured server is used. So does
 * {@code embedded-postgres.enabled=false}.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String ENABLED = "embedded-postgres.enabled";
    static final String DATA_DIR = "embedded-postgres.data-dir";
    static final String DURABLE = "embedded-postgres.durable";
    static final String DEFAULT_DATA_DIR = "data/postgres";
    private static final String BUILD_TIME_CONFIG_READER =
            "io.quarkus.deployment.configuration.BuildTimeConfigurationReader";

    /** Above application.properties, below system properties and environment variables. */
    private static final int ORDINAL = 260;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (readingConfigForTheBuild() || isSet(context.getValue(JDBC_URL)) || !enabled(context)) {
            return List.of();
        }
        String url = EmbeddedDatabase.startOnce(Path.of(valueOr(context.getValue(DATA_DIR), DEFAULT_DATA_DIR)),
                !"false".equalsIgnoreCase(valueOr(context.getValue(DURABLE), "true")));
        return List.of(new MapBackedConfigSource("embedded-postgres", Map.of(
                JDBC_URL, url,
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", ""), ORDINAL) {
        });
    }

    /**
     * Quarkus also reads configuration while it builds the application, and records what it saw as
     * defaults: a server started then would be both wasted and baked into the jar.
     */
    private static boolean readingConfigForTheBuild() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                frame -> frame.getClassName().equals(BUILD_TIME_CONFIG_READER)));
    }

    private static boolean enabled(ConfigSourceContext context) {
        return !"false".equalsIgnoreCase(valueOr(context.getValue(ENABLED), "true"));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOr(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue() : fallback;
    }
}
