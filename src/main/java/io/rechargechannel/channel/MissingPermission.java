package io.rechargechannel.channel;

/** One scope a token lacks, in ReCharge's words, and how an admin grants it. */
public record MissingPermission(String scope, String permission, String fix) {
}
