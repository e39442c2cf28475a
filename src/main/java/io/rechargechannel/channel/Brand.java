package io.rechargechannel.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/**
 * The Brand tab: how despatches and emails of a channel present themselves. Every field is optional; an empty
 * one falls back to General Settings ({@link #over(Brand)}). As an edit, null means "leave as it is" and an
 * empty text clears the field.
 */
@Embeddable
public record Brand(
        @Column(name = "brand_name") @Size(max = 200) String name,
        @Column(name = "brand_logo_url") @Size(max = 500) @Pattern(regexp = WEB_ADDRESS, message = WEB_ADDRESS_MESSAGE)
        String logoUrl,
        @Column(name = "brand_accent_colour") @Pattern(regexp = "|#[0-9a-fA-F]{6}", message = "must be a colour such as #1d4ed8")
        String accentColour,
        @Column(name = "brand_sender_name") @Size(max = 100) @Pattern(regexp = ONE_LINE, message = "must be one line")
        String senderName,
        @Column(name = "brand_sender_email") @Email @Size(max = 320) String senderEmail,
        @Column(name = "brand_reply_to") @Email @Size(max = 320) String replyTo) {

    public static final Brand NONE = new Brand(null, null, null, null, null, null);
    static final String WEB_ADDRESS = "|https?://[^\\s\"<>]+";
    static final String WEB_ADDRESS_MESSAGE = "must be a web address starting with https://";
    static final String ONE_LINE = "[^\\r\\n]*";

    /** These fields where set, the fallback's where not. */
    public Brand over(Brand fallback) {
        return new Brand(or(name, fallback.name), or(logoUrl, fallback.logoUrl), or(accentColour, fallback.accentColour),
                or(senderName, fallback.senderName), or(senderEmail, fallback.senderEmail), or(replyTo, fallback.replyTo));
    }

    Brand patchedWith(Brand patch) {
        if (patch == null) {
            return this;
        }
        String colour = Texts.patched(accentColour, patch.accentColour);
        return new Brand(Texts.patched(name, patch.name), Texts.patched(logoUrl, patch.logoUrl),
                colour == null ? null : colour.toLowerCase(Locale.ROOT), Texts.patched(senderName, patch.senderName),
                Texts.patched(senderEmail, patch.senderEmail), Texts.patched(replyTo, patch.replyTo));
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
