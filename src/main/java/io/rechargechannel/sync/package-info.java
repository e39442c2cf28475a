/**
 * The timed sync: {@link io.rechargechannel.sync.SyncScheduler} hands due channels to workers,
 * {@link io.rechargechannel.sync.ChannelSync} runs one channel under a PostgreSQL lease, the stream
 * syncs page through ReCharge and write each page with its checkpoint in one transaction. The
 * mapping from ReCharge's wire records to the warehouse's terms lives here, at the edge.
 */
package io.rechargechannel.sync;
