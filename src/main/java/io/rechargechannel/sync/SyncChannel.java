package io.rechargechannel.sync;

import io.rechargechannel.orders.OrderImporter;
import io.rechargechannel.recharge.ReChargeCredentials;

import java.time.Duration;

/** What a run needs to know of a sales channel, read once at its start. */
public record SyncChannel(long id, String name, ReChargeCredentials credentials, long warehouseId,
                          boolean autoSyncStock, Duration interval) {

    OrderImporter.Target importTarget() {
        return new OrderImporter.Target(id, warehouseId, autoSyncStock);
    }
}
