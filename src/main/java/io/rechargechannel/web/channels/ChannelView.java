package io.rechargechannel.web.channels;

import io.rechargechannel.channel.Brand;
import io.rechargechannel.channel.ChannelKind;
import io.rechargechannel.channel.ChannelStatus;
import io.rechargechannel.channel.CommercialInvoice;
import io.rechargechannel.channel.DespatchEmails;
import io.rechargechannel.channel.FeedbackEmails;
import io.rechargechannel.channel.SalesChannel;

import java.time.Instant;

/** A channel as the API shows it: the token only as its last four characters, never in full. */
public record ChannelView(Long id,
                          String name,
                          ChannelKind kind,
                          boolean active,
                          String tokenLast4,
                          int tokenVersion,
                          String storeName,
                          String baseUrl,
                          Long warehouseId,
                          String warehouseCode,
                          boolean autoSyncStock,
                          long syncIntervalSeconds,
                          Brand brand,
                          CommercialInvoice commercialInvoice,
                          DespatchEmails despatchEmails,
                          FeedbackEmails feedbackEmails,
                          ChannelStatus status,
                          String statusMessage,
                          Instant statusChangedAt,
                          Instant lastSyncedAt,
                          Instant createdAt,
                          Instant updatedAt,
                          long version) {

    public static ChannelView from(SalesChannel channel) {
        return new ChannelView(channel.id(), channel.name(), channel.kind(), channel.isActive(),
                channel.tokenLast4(), channel.tokenVersion(), channel.storeName().orElse(null),
                channel.baseUrl().toString(), channel.warehouse().id(), channel.warehouse().code(),
                channel.autoSyncStock(), channel.syncInterval().toSeconds(),
                channel.brand(), channel.commercialInvoice(), channel.despatchEmails(), channel.feedbackEmails(),
                channel.status(), channel.statusMessage().orElse(null), channel.statusChangedAt(),
                channel.lastSyncedAt().orElse(null), channel.createdAt(), channel.updatedAt(), channel.version());
    }
}
