package io.rechargechannel.recharge;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ReChargeHttpReplyTest {

    @Test
    void aBodyShorterThanItsContentLengthIsTruncated() {
        assertThat(reply("{\"orders\": [", "40").truncated()).isTrue();
        assertThat(reply("{}", "2").truncated()).isFalse();
        assertThat(reply("{}", null).truncated()).isFalse();
        assertThat(reply("{}", "lots").truncated()).isFalse();
    }

    @Test
    void retryAfterIsReadInSeconds() {
        assertThat(withRetryAfter("3").retryAfterDelay()).contains(Duration.ofSeconds(3));
        assertThat(withRetryAfter("0.5").retryAfterDelay()).contains(Duration.ofMillis(500));
        assertThat(withRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT").retryAfterDelay()).isEmpty();
        assertThat(withRetryAfter(null).retryAfterDelay()).isEmpty();
    }

    private static HttpReply reply(String body, String contentLength) {
        return new HttpReply(200, body.getBytes(StandardCharsets.UTF_8), null, null, null, contentLength);
    }

    private static HttpReply withRetryAfter(String retryAfter) {
        return new HttpReply(429, new byte[0], null, null, retryAfter, null);
    }
}
