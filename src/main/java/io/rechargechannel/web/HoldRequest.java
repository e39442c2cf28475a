package io.rechargechannel.web;

/** {@code POST /api/orders/{id}/hold}: why the warehouse holds the order. */
public record HoldRequest(String reason) {
}
