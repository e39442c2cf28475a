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

/** One run of one stream of one channel, with its figures: the run history ops and admins read. */
@Entity
@Table(name = "sync_run")
public class SyncRun extends PanacheEntityBase {

    public enum Outcome { RUNNING, SUCCEEDED, FAILED, STOPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long channelId;
    @Enumerated(EnumType.STRING)
    public SyncStream stream;
    @Enumerated(EnumType.STRING)
    public SyncTrigger trigger;
    public Instant startedAt;
    public Instant finishedAt;
    public int pages;
    public int recordsSeen;
    public int created;
    public int updated;
    public int unchanged;
    public int quarantined;
    public int requests;
    public int throttled;
    public int retries;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String errorMessage;
}
