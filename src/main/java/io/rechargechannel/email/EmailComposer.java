package io.rechargechannel.email;

import io.rechargechannel.channel.Brand;
import io.rechargechannel.channel.FeedbackEmails;
import io.rechargechannel.channel.GeneralSettings;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.Order;
import io.rechargechannel.orders.ReChargeStatus;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads a claimed row at send time, in the caller's transaction: the channel's settings, the order and the
 * customer as they are now decide whether the email still goes ({@link Prepared}), and if so it is rendered.
 * The despatch email only needs its channel to still send despatch emails; the feedback email also needs the
 * order not cancelled, refunded or on hold, the customer not opted out, and no other feedback email to them
 * within {@code email.feedback-window}.
 */
@ApplicationScoped
public class EmailComposer {

    private final EmailRenderer renderer;
    private final OptOuts optOuts;
    private final OutboxClaims claims;
    private final Senders senders;
    private final EmailConfig config;

    EmailComposer(EmailRenderer renderer, OptOuts optOuts, OutboxClaims claims, Senders senders, EmailConfig config) {
        this.renderer = renderer;
        this.optOuts = optOuts;
        this.claims = claims;
        this.senders = senders;
        this.config = config;
    }

    /**
     * Prepares the despatch emails among {@code ids} in the caller's transaction (they need no lock), and leaves the
     * feedback emails out: each of those takes a per-customer lock and goes in a transaction of its own
     * ({@link #prepare}), so that two senders never wait on each other's locks in opposite orders.
     */
    java.util.Map<Long, Prepared> prepareDespatchEmails(java.util.List<Long> ids) {
        java.util.Map<Long, Prepared> prepared = new java.util.HashMap<>();
        GeneralSettings general = GeneralSettings.current();
        for (OutboxEmail row : OutboxEmail.<OutboxEmail>list("id in ?1 and kind = ?2", ids, EmailKind.DESPATCH)) {
            prepared.put(row.id, prepare(row, general));
        }
        return prepared;
    }

    Prepared prepare(long id) {
        return prepare(OutboxEmail.findById(id), GeneralSettings.current());
    }

    private Prepared prepare(OutboxEmail row, GeneralSettings general) {
        long id = row.id;
        Order order = Order.findById(row.orderId);
        SalesChannel channel = SalesChannel.findById(row.channelId);
        String reason = reasonNotToSend(row, order, channel);
        if (reason != null) {
            return new Prepared.Skip(id, row.orderId, row.kind, reason);
        }
        Brand brand = channel.effectiveBrand(general);
        String from = senders.from(brand, general.company());
        EmailFacts facts = EmailFacts.of(order, row);
        String messageId = row.messageId(Senders.domainOf(from));
        if (row.kind == EmailKind.DESPATCH) {
            return new Prepared.Send(id, row.orderId, row.kind,
                    renderer.despatch(facts, brand, general.company(), channel.despatchEmails(), from), messageId);
        }
        if (claims.feedbackTakenWithin(id, row.recipient, config.feedbackWindow())) {
            return new Prepared.Postpone(id, row.orderId, row.kind);
        }
        String feedbackUrl = channel.feedbackEmails().feedbackUrlFor(facts.orderNumber());
        return new Prepared.Send(id, row.orderId, row.kind, renderer.feedback(facts, brand, general.company(),
                feedbackUrl, optOuts.unsubscribeUrl(row.recipient), from), messageId);
    }

    private String reasonNotToSend(OutboxEmail row, Order order, SalesChannel channel) {
        if (order == null) {
            return "The order no longer exists";
        }
        if (channel == null || channel.isRemoved()) {
            return "The sales channel was removed";
        }
        if (row.recipient == null || row.recipient.isBlank()) {
            return "The order has no customer email address";
        }
        if (row.kind == EmailKind.DESPATCH) {
            return channel.despatchEmails().on() ? null : "Despatch emails were turned off for " + channel.name();
        }
        return feedbackReason(row, order, channel.feedbackEmails(), channel.name());
    }

    private String feedbackReason(OutboxEmail row, Order order, FeedbackEmails feedback, String channelName) {
        ReChargeStatus status = ReChargeStatus.of(order.rechargeStatus);
        if (!feedback.on()) {
            return "Feedback emails were turned off for " + channelName;
        }
        if (feedback.feedbackUrlTemplate() == null) {
            return "The channel has no feedback page address";
        }
        if (order.fulfilmentStatus == FulfilmentStatus.CANCELLED || status == ReChargeStatus.CANCELLED) {
            return "The order was cancelled";
        }
        if (status == ReChargeStatus.REFUNDED) {
            return "The order was refunded";
        }
        if (order.fulfilmentStatus == FulfilmentStatus.ON_HOLD) {
            return "The order was put on hold";
        }
        if (optOuts.hasOptedOut(row.recipient)) {
            return "The customer opted out of feedback emails";
        }
        if (claims.feedbackSentWithin(row.id, row.recipient, config.feedbackWindow())) {
            return "The customer had a feedback email in the last " + config.feedbackWindow().toDays() + " days";
        }
        return null;
    }
}
