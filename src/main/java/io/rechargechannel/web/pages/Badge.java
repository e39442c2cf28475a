package io.rechargechannel.web.pages;

import io.rechargechannel.channel.ChannelStatus;
import io.rechargechannel.channel.SalesChannel;

/**
 * A channel's state at a glance: OK, Syncing, Waiting for its first sync, Off, or Attention with the reason in
 * plain words (token rejected, missing permission, failing, paused after repeated failures).
 *
 * @param kind the CSS modifier: ok, syncing, waiting, off, attention
 */
public record Badge(String kind, String label, String reason) {

    static Badge of(SalesChannel channel, boolean syncing) {
        String message = channel.statusMessage().orElse(null);
        Badge attention = attention(channel.status(), message);
        if (!channel.isActive()) {
            return new Badge("off", "Off", attention == null ? "Switched off: no sync runs" : attention.reason());
        }
        if (attention != null) {
            return attention;
        }
        if (syncing) {
            return new Badge("syncing", "Syncing", "A sync is running now");
        }
        if (channel.status() == ChannelStatus.NEVER_SYNCED) {
            return new Badge("waiting", "Waiting", "The first sync starts within a few seconds");
        }
        return new Badge("ok", "OK", null);
    }

    public boolean needsAttention() {
        return "attention".equals(kind);
    }

    private static Badge attention(ChannelStatus status, String message) {
        return switch (status) {
            case TOKEN_REJECTED -> new Badge("attention", "Attention", "Token rejected. " + orEmpty(message));
            case MISSING_PERMISSION -> new Badge("attention", "Attention", "Missing permission. " + orEmpty(message));
            case FAILING -> new Badge("attention", "Attention", "Failing: the last sync did not finish. " + orEmpty(message));
            case CIRCUIT_OPEN -> new Badge("attention", "Attention",
                    "Paused after repeated failures (circuit open). " + orEmpty(message));
            case CONFIG_ERROR -> new Badge("attention", "Attention", "Configuration problem. " + orEmpty(message));
            case OK, NEVER_SYNCED -> null;
        };
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
