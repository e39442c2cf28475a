package io.rechargechannel.web.pages;

/** One choice of a drop-down: what is sent, and what the person reads. */
public record Option(String value, String label) {
}
