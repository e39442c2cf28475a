/**
 * Emails to customers: the transactional outbox written in the despatch's own transaction ({@link
 * io.rechargechannel.email.OutboxWriter}), the sender that claims due rows on PostgreSQL's clock and delivers them
 * over SMTP exactly once in all but one documented window ({@link io.rechargechannel.email.EmailSender}), the
 * send-time rules ({@link io.rechargechannel.email.EmailComposer}), the branded templates, one-click opt-out,
 * previews and the dev mailbox. Nothing here knows the web layer.
 */
package io.rechargechannel.email;
