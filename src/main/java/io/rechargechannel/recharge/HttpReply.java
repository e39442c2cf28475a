package io.rechargechannel.recharge;

import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** An HTTP answer read in full: status, the headers we act on, and the raw body bytes. */
record HttpReply(int status, byte[] body, String requestId, String rateLimit, String retryAfter,
                 String contentLength) {

    static HttpReply read(Response response) {
        try (response) {
            byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            return new HttpReply(response.getStatus(), body, response.getHeaderString("X-Request-Id"),
                    response.getHeaderString("X-Recharge-Limit"), response.getHeaderString("Retry-After"),
                    response.getHeaderString("Content-Length"));
        }
    }

    boolean successful() {
        return status >= 200 && status < 300;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A body shorter than its declared length was cut off in transit, even if the HTTP layer let it pass. */
    boolean truncated() {
        if (contentLength == null) {
            return false;
        }
        try {
            return body.length < Long.parseLong(contentLength.strip());
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }

    /** {@code Retry-After} in seconds; the HTTP-date form is not used by ReCharge and is ignored. */
    Optional<Duration> retryAfterDelay() {
        if (retryAfter == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofMillis((long) (Double.parseDouble(retryAfter.strip()) * 1000)));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }
}
