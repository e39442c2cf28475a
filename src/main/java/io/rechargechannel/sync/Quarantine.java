package io.rechargechannel.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;

/** Keeps unmappable records aside so that the rest of their page imports; forgets them once they map. */
@ApplicationScoped
public class Quarantine {

    /** A record that could not be mapped; {@code key} is its ReCharge id when readable. */
    public record Rejected(String key, String rawJson, String reason) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(long channelId, SyncStream stream, Collection<Rejected> rejected, Instant now) {
        for (Rejected r : rejected) {
            QuarantinedRecord record = QuarantinedRecord
                    .find("channelId = ?1 and stream = ?2 and recordKey = ?3", channelId, stream, r.key())
                    .firstResult();
            boolean first = record == null;
            if (first) {
                record = new QuarantinedRecord();
                record.channelId = channelId;
                record.stream = stream;
                record.recordKey = r.key();
                record.firstSeenAt = now;
            }
            record.rawJson = r.rawJson();
            record.reason = r.reason();
            record.lastSeenAt = now;
            record.attempts++;
            if (first) {
                // Last: an IDENTITY id makes persist() insert at once, so every NOT NULL column must be set.
                record.persist();
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(long channelId, SyncStream stream, Collection<String> keys) {
        if (!keys.isEmpty()) {
            QuarantinedRecord.delete("channelId = ?1 and stream = ?2 and recordKey in ?3", channelId, stream, keys);
        }
    }
}
