package io.rechargechannel.email;

/** What the sender does with a claimed row once the send-time rules have read it. */
sealed interface Prepared {

    long id();

    long orderId();

    EmailKind kind();

    /** Hand it to SMTP. */
    record Send(long id, long orderId, EmailKind kind, RenderedEmail email, String messageId) implements Prepared {
    }

    /** Close it unsent, with the reason (also on the order's timeline). */
    record Skip(long id, long orderId, EmailKind kind, String reason) implements Prepared {
    }

    /** Not yet: another feedback email to the same customer is being sent; look again shortly. */
    record Postpone(long id, long orderId, EmailKind kind) implements Prepared {
    }
}
