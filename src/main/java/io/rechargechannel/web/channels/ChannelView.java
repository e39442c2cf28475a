package io.rechargechannel.web.channels;

import io.rechargechannel.channel.ChannelKind;
import io.rechargechannel.channel.ChannelSettings;
import io.rechargechannel.channel.ChannelStatus;
import io.rechargechannel.channel.SalesChannel;

import java.time.Instant;

/** A channel as the API shows it: the token only as its last four characters. */
public record ChannelView(Long id,
                          String name,
                          ChannelKind kind,
                          boolean active,
                          String tokenLast4,
                          int tokenVersion,
                          String baseUrl,
                          Long warehouseId,
                          String warehouseCode,
                          boolean autoSyncStock,
                          long syncIntervalSeconds,
                          String brandName,
                          String commercialInvoice,
                          boolean despatchEmailsEnabled,
                          String despatchEmailsFrom,
                          boolean feedbackEmailsEnabled,
                          int feedbackDelayDays,
                          ChannelStatus status,
                          String statusMessage,
                          Instant statusChangedAt,
                          Instant lastSyncedAt,
                          Instant createdAt,
                          Instant updatedAt,
                          long version) {

    static ChannelView from(SalesChannel channel) {
        ChannelSettings settings = channel.settings();
        return new ChannelView(channel.id(), channel.name(), channel.kind(), channel.isActive(),
                channel.tokenLast4(), channel.tokenVersion(), channel.baseUrl().toString(),
                channel.warehouse().id(), channel.warehouse().code(),
                channel.autoSyncStock(), channel.syncInterval().toSeconds(),
                settings.brandName(), settings.commercialInvoice(),
                settings.despatchEmailsEnabled(), settings.despatchEmailsFrom(),
                settings.feedbackEmailsEnabled(), settings.feedbackDelayDays(),
                channel.status(), channel.statusMessage().orElse(null), channel.statusChangedAt(),
                channel.lastSyncedAt().orElse(null), channel.createdAt(), channel.updatedAt(), channel.version());
    }
}
