/**
 * Orders as the warehouse works them: ReCharge's data, upserted page by page by
 * {@link io.rechargechannel.orders.OrderImporter}, plus the warehouse's own state, whose changes on
 * import follow {@link io.rechargechannel.orders.FulfilmentRules}. Knows nothing of ReCharge's JSON.
 */
package io.rechargechannel.orders;
