/**
 * The audit log: who changed which setting of which channel, user, warehouse or the general settings, and when.
 * <p>
 * A feature writes its entry with {@link io.rechargechannel.audit.AuditLog#record} in the same transaction as the
 * change itself, so an entry exists exactly when the change does. {@link io.rechargechannel.audit.Change#between}
 * turns two snapshots of a subject's settings into the list of what changed; secrets are written as a note
 * ("token replaced, ends in 1a2b"), never as a value. The person comes from the request's security identity;
 * work without one (the dev seed, a first start) is written as {@code system}.
 */
package io.rechargechannel.audit;
