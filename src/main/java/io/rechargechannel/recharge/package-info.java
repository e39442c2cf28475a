/**
 * The ReCharge Admin API client (version 2021-11): the only code that talks to ReCharge.
 * <p>
 * {@link io.rechargechannel.recharge.ReChargeClient} is the public entry point. It owns everything that
 * makes the API safe to call at volume: a client-side leaky bucket per token (so a backfill runs close to
 * the allowed rate without 429s), retries with backoff for transient failures, 429 handling, a circuit
 * breaker per token, and the mapping of error answers to typed exceptions. The raw HTTP interface is
 * package-private. Wire records mirror ReCharge's JSON and stay raw (status and type are strings):
 * mapping them onto our domain is the importers' job. This package depends on nothing else of ours.
 */
package io.rechargechannel.recharge;
