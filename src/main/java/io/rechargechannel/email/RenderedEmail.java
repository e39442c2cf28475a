package io.rechargechannel.email;

import java.util.Map;

/** An email ready for SMTP: envelope, both parts and its extra headers. */
public record RenderedEmail(String from, String replyTo, String to, String subject, String html, String text,
                            Map<String, String> headers) {
}
