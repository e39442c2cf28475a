package io.rechargechannel.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The Despatch Emails tab: whether customers are told when their order leaves, with which subject line and
 * whether the email carries the carrier's tracking link. As an edit, null means "leave as it is".
 *
 * @param subject may use {@code {orderNumber}} and {@code {brandName}}; empty means {@link #DEFAULT_SUBJECT}
 */
@Embeddable
public record DespatchEmails(
        @Column(name = "despatch_emails_enabled") Boolean enabled,
        @Column(name = "despatch_emails_subject") @Size(max = 200) @Pattern(regexp = Brand.ONE_LINE, message = "must be one line")
        String subject,
        @Column(name = "despatch_emails_tracking_link") Boolean includeTrackingLink) {

    public static final String DEFAULT_SUBJECT = "Your order {orderNumber} is on its way";
    public static final DespatchEmails DEFAULTS = new DespatchEmails(false, null, true);

    public boolean on() {
        return Boolean.TRUE.equals(enabled);
    }

    public String subjectOrDefault() {
        return subject == null ? DEFAULT_SUBJECT : subject;
    }

    DespatchEmails patchedWith(DespatchEmails patch) {
        if (patch == null) {
            return this;
        }
        return new DespatchEmails(Texts.patched(enabled, patch.enabled), Texts.patched(subject, patch.subject),
                Texts.patched(includeTrackingLink, patch.includeTrackingLink));
    }
}
