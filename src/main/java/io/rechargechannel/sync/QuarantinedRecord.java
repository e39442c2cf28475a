package io.rechargechannel.sync;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A record ReCharge sent that could not be mapped, kept with its raw JSON and why. */
@Entity
@Table(name = "quarantined_record")
public class QuarantinedRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long channelId;
    @Enumerated(EnumType.STRING)
    public SyncStream stream;
    public String recordKey;
    public String rawJson;
    public String reason;
    public Instant firstSeenAt;
    public Instant lastSeenAt;
    public int attempts;

    public static List<QuarantinedRecord> of(long channelId, SyncStream stream) {
        return list("channelId = ?1 and stream = ?2 order by id", channelId, stream);
    }

    public static List<QuarantinedRecord> ofChannel(long channelId) {
        return list("channelId = ?1 order by id", channelId);
    }
}
