package io.rechargechannel.web;

import io.rechargechannel.email.EmailKind;
import io.rechargechannel.email.EmailStatus;
import io.rechargechannel.email.OutboxEmail;

import java.time.Instant;

/** One outbox row as the API shows it. */
public record EmailView(long id, long orderId, long channelId, long despatchId, EmailKind kind, EmailStatus status,
                        String recipient, Instant queuedAt, Instant dueAt, Instant sentAt, int attempts,
                        String lastError, String closedReason) {

    static EmailView of(OutboxEmail row) {
        return new EmailView(row.id, row.orderId, row.channelId, row.despatchId, row.kind, row.status, row.recipient,
                row.queuedAt, row.dueAt, row.sentAt, row.attempts, row.lastError, row.closedReason);
    }
}
