package io.rechargechannel.sandbox;

/** A subscriber; shared by all of their orders so that 100k orders do not mean 100k customers. */
record Customer(long id, String email, String externalId, String hash, Address address) {
}
