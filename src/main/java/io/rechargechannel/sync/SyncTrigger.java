package io.rechargechannel.sync;

/** Why a run started. */
public enum SyncTrigger {
    SCHEDULE, MANUAL, STARTUP
}
