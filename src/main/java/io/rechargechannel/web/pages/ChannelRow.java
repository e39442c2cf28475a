package io.rechargechannel.web.pages;

import io.rechargechannel.channel.SalesChannel;

import java.time.Instant;

/**
 * One line of the Sales Channels list, worded for display.
 *
 * @param toggleError why the Active toggle could not do what was asked, shown next to it; null when it could
 */
public record ChannelRow(long id, String name, String storeName, String type, boolean active, String warehouse,
                         String lastSync, String lastSyncExact, long ordersToday, Badge badge, String toggleError) {

    static ChannelRow of(SalesChannel channel, boolean syncing, long ordersToday, Instant now, String toggleError) {
        Instant lastSync = channel.lastSyncedAt().orElse(null);
        return new ChannelRow(channel.id(), channel.name(), channel.storeName().orElse(null), "ReCharge",
                channel.isActive(), channel.warehouse().name(), Times.ago(lastSync, now), Times.exact(lastSync),
                ordersToday, Badge.of(channel, syncing), toggleError);
    }
}
