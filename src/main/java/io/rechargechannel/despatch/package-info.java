/**
 * Despatch: carriers and their tracking links, despatching an order (single, bulk, CSV), pick lists and packing
 * slips. A despatch changes the order, the stock ledger and the timeline in one transaction and fires
 * one {@link io.rechargechannel.despatch.OrdersDespatched} inside it for the email outbox.
 */
package io.rechargechannel.despatch;
