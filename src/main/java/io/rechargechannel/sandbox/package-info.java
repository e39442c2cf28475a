/**
 * The sandbox store: a ReCharge-compatible API (2021-11) served by this app, so the product can be tried
 * without a ReCharge account and every test talks real HTTP to something that behaves like ReCharge.
 * It depends on nothing else of ours and shares no wire classes with the ReCharge client.
 *
 * <h2>Java API (in-process, for tests and dev seeding)</h2>
 * <ul>
 *   <li>{@link io.rechargechannel.sandbox.SandboxStores}: {@code create(StoreSpec)} returns a
 *       {@link io.rechargechannel.sandbox.CreatedStore} (id, token with all scopes, base path);
 *       {@code store(id)}, {@code all()}, {@code delete(id)}.</li>
 *   <li>{@link io.rechargechannel.sandbox.StoreSpec}: name, order and product counts, seed, catalog mode,
 *       rate limit, live rates. Same spec, same store (within the same hour: times are relative to it).</li>
 *   <li>{@link io.rechargechannel.sandbox.SandboxStore}: the store's truth ({@code orders()},
 *       {@code products()}, {@code counters()}) and changes ({@code addOrders}, {@code updateOrder},
 *       {@code issueToken}, {@code revokeToken}, {@code injectFault}, {@code clearFaults},
 *       {@code rateLimit}, {@code reset}).</li>
 * </ul>
 *
 * <h2>HTTP</h2>
 * ReCharge paths under {@code /sandbox/recharge} (Vert.x routes: {@link io.rechargechannel.sandbox.RechargeRoutes});
 * the control API under {@code /sandbox/stores} ({@link io.rechargechannel.sandbox.SandboxStoresResource}).
 * Both answer 404 when {@code sandbox.enabled=false}, the prod default. See docs/sandbox.md.
 *
 * <h2>How listings stay consistent</h2>
 * Every change bumps a store sequence number and adds an {@link io.rechargechannel.sandbox.OrderRevision};
 * a listing's first page fixes a snapshot sequence that its cursors carry, and keyset pagination on
 * (sort value, id) only looks at revisions visible at that snapshot.
 */
package io.rechargechannel.sandbox;
