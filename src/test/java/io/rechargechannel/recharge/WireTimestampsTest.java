package io.rechargechannel.recharge;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** ReCharge's usual timestamps read by hand give what Jackson's own deserializer gives; anything else goes to it. */
class WireTimestampsTest {

    record Stamped(long id, OffsetDateTime updatedAt) {
    }

    private final WireJson json = new WireJson();

    private final ObjectMapper jackson = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    @ParameterizedTest
    @ValueSource(strings = {"2023-05-13T04:16:51+00:00", "2024-02-29T23:59:59-00:00", "0001-01-01T00:00:00+14:00",
            "2026-11-21T18:00:00-03:30", "2026-11-21T18:00:00+05:45", "9999-12-31T23:59:59-18:00"})
    void usualTimestampsAreReadByHandToTheSameValue(String text) throws Exception {
        assertThat(WireTimestamps.usual(text)).isNotNull();

        assertSameAsJackson(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-05-13T04:16:51Z", "2023-05-13T04:16:51.250+00:00", "2023-05-13T04:16:51+0000",
            "2023-05-13 04:16:51+00:00", "2023-02-29T04:16:51+00:00", "2023-13-13T04:16:51+00:00",
            "2023-05-13T24:00:00+00:00", "2023-05-13T04:60:00+00:00", "2023-05-13T04:16:51+18:30",
            "2023-05-13T04:16:51+05:60", "2023-05-13T04:16:51*00:00", "2023-05-1x04:16:51+00:00", "٢٠٢٣-05-13T04:16:51+00:00",
            "yesterday", "", " 2023-05-13T04:16:51+00:00"})
    void otherFormsAndBadDatesAreLeftToJackson(String text) throws Exception {
        assertThat(WireTimestamps.usual(text)).isNull();

        assertSameAsJackson(text);
    }

    private void assertSameAsJackson(String text) throws Exception {
        String order = "{\"id\": 1, \"updated_at\": \"" + text + "\"}";
        WireRecord<Stamped> ours = json.record(order, Stamped.class);
        try {
            Stamped expected = jackson.readValue(order, Stamped.class);
            assertThat(ours.problem()).isNull();
            assertThat(ours.value()).isEqualTo(expected);
            if (expected.updatedAt() != null) {
                assertThat(ours.value().updatedAt().getOffset()).isEqualTo(expected.updatedAt().getOffset());
            }
        } catch (JacksonException failed) {
            assertThat(ours.problem()).isEqualTo("updated_at: " + failed.getOriginalMessage().lines().findFirst().orElseThrow());
        }
    }
}
