package io.rechargechannel.bench;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.Order;
import io.rechargechannel.orders.OrderLine;
import io.rechargechannel.recharge.ExternalId;
import io.rechargechannel.recharge.OrderPage;
import io.rechargechannel.recharge.ReChargeAddress;
import io.rechargechannel.recharge.ReChargeClient;
import io.rechargechannel.recharge.ReChargeCredentials;
import io.rechargechannel.recharge.ReChargeLineItem;
import io.rechargechannel.recharge.ReChargeOrder;
import io.rechargechannel.recharge.WireRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * The obvious alternative to the set-based importer, for comparison only: page through the same orders
 * with the same client, and for each order look it up, copy the fields onto the {@link Order} entity and its
 * {@link OrderLine}s and {@code em.merge} it, one transaction per page. It does less than the real importer
 * (no stock allocation, no SKU rows, no fulfilment rules), which flatters it.
 */
@ApplicationScoped
public class NaiveImporter {

    @Inject
    EntityManager em;

    @Inject
    ReChargeClient client;

    /** Imports the store's orders, oldest change first, until {@code limit}; answers how many were written. */
    public int importFirst(long channelId, ReChargeCredentials credentials, int limit) {
        OrderPage page = client.firstOrdersPage(credentials, Instant.parse("2000-01-01T00:00:00Z"), 250);
        int written = 0;
        while (true) {
            OrderPage current = page;
            written += QuarkusTransaction.requiringNew().call(() -> savePage(channelId, current));
            if (page.nextCursor() == null || written >= limit) {
                return written;
            }
            page = client.nextOrdersPage(credentials, page.nextCursor(), 250);
        }
    }

    private int savePage(long channelId, OrderPage page) {
        int saved = 0;
        for (WireRecord<ReChargeOrder> record : page.orders()) {
            if (record.ok()) {
                save(channelId, record.value(), record.rawJson());
                saved++;
            }
        }
        return saved;
    }

    private void save(long channelId, ReChargeOrder o, String rawJson) {
        Order order = em.createQuery("from Order where channelId = :channel and rechargeOrderId = :id", Order.class)
                .setParameter("channel", channelId).setParameter("id", o.id())
                .getResultStream().findFirst().orElseGet(Order::new);
        Instant now = Instant.now();
        if (order.id == null) {
            order.channelId = channelId;
            order.rechargeOrderId = o.id();
            order.fulfilmentStatus = FulfilmentStatus.NEW;
            order.importedAt = now;
        }
        copy(o, order);
        order.contentHash = sha256(rawJson);
        order.lastSyncedAt = now;
        order.lines.clear();
        int number = 1;
        for (ReChargeLineItem item : o.lineItems()) {
            OrderLine line = new OrderLine();
            line.order = order;
            line.lineNumber = number++;
            line.purchaseItemId = item.purchaseItemId();
            line.purchaseItemType = item.purchaseItemType();
            line.externalProductId = ecommerce(item.externalProductId());
            line.externalVariantId = ecommerce(item.externalVariantId());
            line.sku = item.sku();
            line.title = item.title();
            line.variantTitle = item.variantTitle();
            line.quantity = item.quantity() == null ? 1 : item.quantity();
            line.unitPrice = item.unitPrice();
            line.totalPrice = item.totalPrice();
            line.grams = item.grams();
            order.lines.add(line);
        }
        em.merge(order);
    }

    private static void copy(ReChargeOrder o, Order order) {
        order.externalOrderId = ecommerce(o.externalOrderId());
        order.externalOrderNumber = ecommerce(o.externalOrderNumber());
        order.externalOrderName = ecommerce(o.externalOrderName());
        order.chargeId = o.charge() == null ? null : o.charge().id();
        order.chargeStatus = o.charge() == null ? null : o.charge().status();
        order.rechargeStatus = o.status();
        order.rechargeType = o.type();
        order.customerEmail = o.customer() == null ? null : o.customer().email();
        ReChargeAddress ship = o.shippingAddress();
        if (ship != null) {
            order.firstName = ship.firstName();
            order.lastName = ship.lastName();
            order.shipCompany = ship.company();
            order.shipAddress1 = ship.address1();
            order.shipAddress2 = ship.address2();
            order.shipCity = ship.city();
            order.shipProvince = ship.province();
            order.shipZip = ship.zip();
            order.shipCountryCode = ship.countryCode();
            order.shipPhone = ship.phone();
        }
        order.shippingMethod = o.shippingLines().isEmpty() ? null : o.shippingLines().get(0).title();
        order.currency = o.currency();
        order.subtotalPrice = o.subtotalPrice();
        order.totalTax = o.totalTax();
        order.totalDiscounts = o.totalDiscounts();
        order.totalPrice = o.totalPrice();
        order.totalWeightGrams = o.totalWeightGrams();
        order.tags = o.tags();
        order.note = o.note();
        order.createdAt = instant(o.createdAt());
        order.updatedAt = instant(o.updatedAt());
        order.processedAt = instant(o.processedAt());
        order.scheduledAt = instant(o.scheduledAt());
    }

    private static String ecommerce(ExternalId id) {
        return id == null ? null : id.ecommerce();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
