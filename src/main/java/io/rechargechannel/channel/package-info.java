/**
 * Sales channels: the warehouses stock is held in and the ReCharge stores that feed them.
 * <p>
 * A {@link io.rechargechannel.channel.SalesChannel} owns its API token, encrypted at rest by
 * {@link io.rechargechannel.channel.TokenCipher}; only {@link io.rechargechannel.channel.ChannelTokens}
 * hands the plain token out (to the sync). Channels are added and edited through
 * {@link io.rechargechannel.channel.SalesChannels}, which checks the base URL against the allow-list and
 * the token's scopes with ReCharge before anything is written. The sync engine reports health back
 * through the {@code mark...} methods on the entity.
 */
package io.rechargechannel.channel;
