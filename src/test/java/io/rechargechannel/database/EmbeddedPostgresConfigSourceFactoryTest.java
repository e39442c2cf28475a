package io.rechargechannel.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With a datasource URL configured, or the embedded server switched off, nothing is started. */
class EmbeddedPostgresConfigSourceFactoryTest {

    @Test
    void aConfiguredDatasourceUrlStartsNothing() {
        Iterable<ConfigSource> sources = new EmbeddedPostgresConfigSourceFactory()
                .getConfigSources(context(Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://db.example:5432/wms")));
        assertThat(sources).isEmpty();
        assertThat(System.getProperty(EmbeddedDatabase.RUNNING_URL_PROPERTY)).isNull();
    }

    @Test
    void switchedOffStartsNothing() {
        Iterable<ConfigSource> sources = new EmbeddedPostgresConfigSourceFactory()
                .getConfigSources(context(Map.of("embedded-postgres.enabled", "false")));
        assertThat(sources).isEmpty();
        assertThat(System.getProperty(EmbeddedDatabase.RUNNING_URL_PROPERTY)).isNull();
    }

    private static ConfigSourceContext context(Map<String, String> values) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                String value = values.get(name);
                return value == null ? null : ConfigValue.builder().withName(name).withValue(value).build();
            }

            @Override
            public List<String> getProfiles() {
                return List.of();
            }

            @Override
            public Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }
        };
    }
}
