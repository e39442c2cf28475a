package io.rechargechannel.email;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the email outbox: the read side. Rows are written by {@link OutboxWriter} and moved on by
 * {@link OutboxClaims} with conditional SQL, never through this entity, so two instances cannot overwrite each other.
 */
@Entity
@Table(name = "email_outbox")
public class OutboxEmail extends PanacheEntityBase {

    @Id
    public Long id;
    public long orderId;
    public long channelId;
    public long despatchId;
    @Enumerated(EnumType.STRING)
    public EmailKind kind;
    @Enumerated(EnumType.STRING)
    public EmailStatus status;
    public String recipient;
    public String carrierCode;
    public String carrierName;
    public String trackingNumber;
    public String trackingUrl;
    public Instant despatchedAt;
    public Instant queuedAt;
    public Instant dueAt;
    public int attempts;
    public UUID claimToken;
    public Instant claimedUntil;
    public Instant sentAt;
    public Instant closedAt;
    public String lastError;
    public String closedReason;

    /** The Message-ID every attempt of this row carries: a receiving server may drop a second copy by it. */
    public String messageId(String domain) {
        return "<outbox-" + id + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "@" + domain + ">";
    }
}
