package io.rechargechannel.recharge;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain decimal strings read by hand give what Jackson's own deserializer gives, scale included; the rest goes to it. */
class WireAmountsTest {

    record Priced(long id, BigDecimal totalPrice) {
    }

    private final WireJson json = new WireJson();

    private final ObjectMapper jackson = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"\"24.30\"", "\"0.00\"", "\"-0.00\"", "\"1016\"", "\"-4.9\"", "\"007.50\"",
            "\"123456789012345678901234567890.123456789\""})
    void plainDecimalsAreReadByHandToTheSameValueAndScale(String amount) throws Exception {
        assertThat(WireAmounts.plain(amount.substring(1, amount.length() - 1))).isTrue();

        assertSameAsJackson(amount);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "\" \"", "\" 24.30\"", "\"24.30 \"", "\"+24.30\"", "\"24.\"", "\".30\"", "\"-\"",
            "\"1e3\"", "\"2,50\"", "\"NaN\"", "\"twelve\"", "\"١٢\"", "29.2", "12", "null", "true", "\"null\"",
            "\"1234567890123456789012345678901234567890.5\""})
    void otherFormsAreLeftToJackson(String amount) throws Exception {
        assertSameAsJackson(amount);
    }

    private void assertSameAsJackson(String amount) throws Exception {
        String order = "{\"id\": 1, \"total_price\": " + amount + "}";
        WireRecord<Priced> ours = json.record(order, Priced.class);
        try {
            Priced expected = jackson.readValue(order.replace("total_price", "totalPrice"), Priced.class);
            assertThat(ours.problem()).isNull();
            assertThat(ours.value()).isEqualTo(expected);
        } catch (JacksonException failed) {
            assertThat(ours.problem()).isEqualTo("total_price: " + failed.getOriginalMessage().lines().findFirst().orElseThrow());
        }
    }
}
