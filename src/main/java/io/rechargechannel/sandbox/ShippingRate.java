package io.rechargechannel.sandbox;

/** The single shipping line of an order. */
record ShippingRate(String code, String title, long priceCents) {
}
