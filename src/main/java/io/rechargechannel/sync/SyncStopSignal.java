package io.rechargechannel.sync;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Raised when the service shuts down: runs stop after the page they are writing (its checkpoint commits with
 * it), so the next start resumes there. A flag rather than thread interruption alone, because an interrupt can
 * be swallowed on the way (by an HTTP or JDBC wait) and a run would then carry on into a closing database.
 */
@ApplicationScoped
public class SyncStopSignal {

    private volatile boolean stopping;

    public void stop() {
        stopping = true;
    }

    /** Lets runs go on again: for a scheduler started again in the same process. */
    public void resume() {
        stopping = false;
    }

    public boolean stopping() {
        return stopping;
    }
}
