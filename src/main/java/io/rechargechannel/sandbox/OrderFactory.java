package io.rechargechannel.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes orders for one store from its catalog and customers. Seeded generation and live additions share it,
 * so ids keep increasing with creation and line SKUs always come from the store's catalog.
 */
final class OrderFactory {

    private static final List<ShippingRate> RATES = List.of(new ShippingRate("Economy", "Economy", 490),
            new ShippingRate("Standard", "Standard Shipping", 595), new ShippingRate("Express", "Express", 1250),
            new ShippingRate("Free", "Free Shipping", 0));

    private final SplittableRandom random;
    private final List<Product> catalog;
    private final List<Customer> customers;
    private final String currency;
    private long nextOrderId;
    private long nextPurchaseItemId;
    private long nextChargeId;

    OrderFactory(SplittableRandom random, List<Product> catalog, List<Customer> customers, String currency) {
        this.random = random;
        this.catalog = catalog;
        this.customers = customers;
        this.currency = currency;
        this.nextOrderId = 534_000_000L + random.nextInt(900_000);
        this.nextPurchaseItemId = 153_000_000L + random.nextInt(900_000);
        this.nextChargeId = 580_000_000L + random.nextInt(900_000);
    }

    SplittableRandom random() {
        return random;
    }

    OrderBody newBody(long createdAt, String status) {
        long id = nextOrderId;
        nextOrderId += 1 + random.nextInt(40);
        Customer customer = customers.get(random.nextInt(customers.size()));
        boolean recurring = random.nextInt(10) < 7;
        boolean prepaid = "queued".equals(status) || random.nextInt(20) == 0;
        String tags = recurring ? "Subscription, Subscription Recurring Order" : "Subscription, Subscription First Order";
        if (random.nextInt(8) == 0) {
            tags += ", VIP";
        }
        long scheduledAt = "queued".equals(status) ? createdAt + 86_400L * (7 + random.nextInt(60)) : createdAt / 3600 * 3600;
        return new OrderBody(id, customer.id() + 40_000_000L, nextChargeId++, 1000 + (id % 100_000), customer,
                lines(), RATES.get(random.nextInt(RATES.size())), recurring, prepaid, tags, currency, createdAt,
                scheduledAt);
    }

    private List<LineItem> lines() {
        int count = 1 + Math.min(random.nextInt(6), random.nextInt(6));
        count = Math.min(count, 5);
        List<LineItem> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Product product = catalog.get(random.nextInt(catalog.size()));
            Variant variant = product.variants().get(random.nextInt(product.variants().size()));
            lines.add(new LineItem(nextPurchaseItemId++, random.nextInt(5) != 0, product, variant,
                    1 + Math.min(random.nextInt(4), random.nextInt(4))));
        }
        return List.copyOf(lines);
    }
}
