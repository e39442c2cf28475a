package io.rechargechannel.web;

import io.rechargechannel.orders.BoardRow;
import io.rechargechannel.orders.FulfilmentStatus;

import java.time.Instant;

/** An order as the board's JSON lists it. */
public record BoardItemView(long id, long channelId, long rechargeOrderId, String orderNumber, String customerName,
                            String customerEmail, String items, int units, FulfilmentStatus fulfilmentStatus,
                            String status, boolean needsAttention, String attentionReason, Instant attentionSince,
                            String holdReason, Instant placedAt, String shipCountryCode) {

    static BoardItemView of(BoardRow row) {
        return new BoardItemView(row.id(), row.channelId(), row.rechargeOrderId(), row.number(), row.customerName(),
                row.customerEmail(), row.items(), row.units(), row.status(), row.status().label(),
                row.attentionReason() != null, row.attentionReason(), row.attentionSince(), row.holdReason(),
                row.placedAt(), row.shipCountryCode());
    }
}
