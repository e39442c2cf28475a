package io.rechargechannel.web.channels;

import io.rechargechannel.channel.Warehouse;

import java.time.Instant;

public record WarehouseView(Long id, String code, String name, String address, String countryCode, Instant createdAt,
                            Instant updatedAt) {

    static WarehouseView from(Warehouse warehouse) {
        return new WarehouseView(warehouse.id(), warehouse.code(), warehouse.name(),
                warehouse.address().orElse(null), warehouse.countryCode(), warehouse.createdAt(), warehouse.updatedAt());
    }
}
