package io.rechargechannel.sync;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** Where one stream of one channel stands: its watermark and, mid-run, the next page's cursor. */
@Entity
@Table(name = "sync_state")
public class SyncState extends PanacheEntityBase {

    /** Products: whether the store has a ReCharge catalog or keeps it on the ecommerce platform. */
    public enum CatalogMode { CUSTOM, PLATFORM }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "channel_id")
        public long channelId;
        @Enumerated(EnumType.STRING)
        public SyncStream stream;

        protected Key() {
        }

        public Key(long channelId, SyncStream stream) {
            this.channelId = channelId;
            this.stream = stream;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.channelId == channelId && k.stream == stream;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(channelId) * 31 + stream.hashCode();
        }
    }

    @EmbeddedId
    public Key key;
    public Instant watermark;
    public String cursor;
    public Instant lastRunAt;
    public Instant lastSuccessAt;
    public String lastError;
    public int consecutiveFailures;
    @Enumerated(EnumType.STRING)
    public CatalogMode catalogMode;
    public Instant nextCatalogProbeAt;

    public static SyncState of(long channelId, SyncStream stream) {
        SyncState state = findById(new Key(channelId, stream));
        if (state == null) {
            state = new SyncState();
            state.key = new Key(channelId, stream);
            state.persist();
        }
        return state;
    }

    /** Where the next fresh (cursor-less) request starts: the watermark minus the overlap, or the look-back. */
    public Instant startFrom(Instant now, Duration overlap, Duration initialLookback) {
        return watermark == null ? now.minus(initialLookback) : watermark.minus(overlap);
    }

    public void checkpoint(String nextCursor, Instant newestSeen) {
        cursor = nextCursor;
        if (newestSeen != null && (watermark == null || newestSeen.isAfter(watermark))) {
            watermark = newestSeen;
        }
    }

    public void succeeded(Instant now) {
        lastRunAt = now;
        lastSuccessAt = now;
        lastError = null;
        consecutiveFailures = 0;
    }

    public void failed(Instant now, String error) {
        lastRunAt = now;
        lastError = error;
        consecutiveFailures++;
    }

    public boolean catalogProbeDue(Instant now) {
        return catalogMode != CatalogMode.PLATFORM || nextCatalogProbeAt == null || !now.isBefore(nextCatalogProbeAt);
    }
}
