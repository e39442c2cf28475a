package io.rechargechannel.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds a store's data from its spec. Times are spread over the 90 days before {@code now} truncated to the
 * hour, so the same seed gives the same store (ids, SKUs, customers, times) within the same hour.
 */
final class StoreGenerator {

    private static final List<String> CURRENCIES = List.of("GBP", "USD", "EUR");
    private static final long NINETY_DAYS = Duration.ofDays(90).toSeconds();

    private StoreGenerator() {
    }

    static StoreData generate(StoreSpec spec, Instant now, long generation, Duration historyRetention) {
        SplittableRandom random = new SplittableRandom(spec.seed());
        long anchor = now.truncatedTo(ChronoUnit.HOURS).getEpochSecond();
        String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        List<Product> catalog = CatalogGenerator.generate(random, spec.products(), anchor - NINETY_DAYS);
        List<Customer> customers = customers(random, Math.max(1, spec.orders() / 3));
        StoreData data = new StoreData(generation, catalog, currency,
                new OrderFactory(random, catalog, customers, currency), historyRetention);
        long[] createdTimes = createdTimes(random, spec.orders(), anchor);
        for (long createdAt : createdTimes) {
            addSeeded(data, random, createdAt, anchor);
        }
        return data;
    }

    private static void addSeeded(StoreData data, SplittableRandom random, long createdAt, long anchor) {
        String status = status(random);
        boolean processed = !"queued".equals(status) && !"error".equals(status);
        long changedWithin = random.nextInt(3) == 0 ? 600 : Duration.ofDays(10).toSeconds();
        long updatedAt = Math.min(anchor, createdAt + random.nextLong(changedWithin));
        data.add(createdAt, updatedAt, status, processed ? createdAt + 5 : null);
    }

    private static String status(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 80) {
            return "success";
        }
        if (roll < 88) {
            return "queued";
        }
        if (roll < 93) {
            return "cancelled";
        }
        return roll < 97 ? "refunded" : "error";
    }

    private static long[] createdTimes(SplittableRandom random, int count, long anchor) {
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            times[i] = anchor - random.nextLong(NINETY_DAYS);
        }
        Arrays.sort(times);
        return times;
    }

    private static List<Customer> customers(SplittableRandom random, int count) {
        List<Customer> customers = new ArrayList<>(count);
        long firstId = 64_000_000L + random.nextInt(900_000);
        for (int i = 0; i < count; i++) {
            Address address = Places.address(random);
            String email = (address.firstName() + "." + address.lastName()).toLowerCase()
                    .replaceAll("[^a-z.]", "") + "+" + (i + 1) + "@example.com";
            customers.add(new Customer(firstId + i, email, Long.toString(5_213_433_000_000L + i * 13L),
                    Long.toHexString(random.nextLong()), address));
        }
        return List.copyOf(customers);
    }
}
