package io.rechargechannel.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The Feedback Emails tab: whether customers are asked for feedback a number of days after despatch, and the
 * page they are sent to. As an edit, null means "leave as it is" and an empty text clears the URL.
 *
 * @param feedbackUrlTemplate a web address that may hold {@code {orderNumber}}, e.g.
 *                            {@code https://shop.example.com/review?order={orderNumber}}
 */
@Embeddable
public record FeedbackEmails(
        @Column(name = "feedback_emails_enabled") Boolean enabled,
        @Column(name = "feedback_delay_days") @Min(1) @Max(MAX_DELAY_DAYS) Integer delayDays,
        @Column(name = "feedback_url_template") @Size(max = 500)
        @Pattern(regexp = Brand.WEB_ADDRESS, message = Brand.WEB_ADDRESS_MESSAGE) String feedbackUrlTemplate) {

    public static final int DEFAULT_DELAY_DAYS = 7;
    public static final int MAX_DELAY_DAYS = 90;
    public static final FeedbackEmails DEFAULTS = new FeedbackEmails(false, DEFAULT_DELAY_DAYS, null);

    public boolean on() {
        return Boolean.TRUE.equals(enabled);
    }

    /** The feedback page for one order: the template with the order number URL-encoded into it. */
    public String feedbackUrlFor(String orderNumber) {
        return feedbackUrlTemplate == null ? null : feedbackUrlTemplate.replace("{orderNumber}",
                java.net.URLEncoder.encode(orderNumber, java.nio.charset.StandardCharsets.UTF_8));
    }

    FeedbackEmails patchedWith(FeedbackEmails patch) {
        if (patch == null) {
            return this;
        }
        return new FeedbackEmails(Texts.patched(enabled, patch.enabled), Texts.patched(delayDays, patch.delayDays),
                Texts.patched(feedbackUrlTemplate, patch.feedbackUrlTemplate));
    }
}
