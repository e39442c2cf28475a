package io.rechargechannel.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Makes a seeded catalog: products of a few kinds, each with 1-4 variants, unique SKUs and external ids. */
final class CatalogGenerator {

    private record Kind(String code, String noun, String option, List<String> values, long basePriceCents,
                        int baseGrams) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("COF", "Coffee Beans", "Size", List.of("250g", "500g", "1kg", "2kg"), 899, 250),
            new Kind("TEE", "T-Shirt", "Size", List.of("S", "M", "L", "XL"), 2430, 200),
            new Kind("TEA", "Loose Leaf Tea", "Flavour", List.of("Earl Grey", "Green", "Chai", "Mint"), 650, 100),
            new Kind("VIT", "Vitamin D3", "Count", List.of("30 caps", "60 caps", "90 caps", "120 caps"), 1199, 60),
            new Kind("DOG", "Dog Food", "Weight", List.of("2kg", "5kg", "10kg", "15kg"), 1599, 2000),
            new Kind("RAZ", "Razor Blades", "Pack", List.of("4 pack", "8 pack", "12 pack", "16 pack"), 799, 40));
    private static final List<String> BRANDS = List.of("Highland", "Airbit", "Northwind", "Bramble", "Kestrel",
            "Oakridge", "Sunday", "Harbour");

    private static final long FIRST_PRODUCT_ID = 6_642_695_000_000L;
    private static final long FIRST_VARIANT_ID = 39_684_723_000_000L;

    private CatalogGenerator() {
    }

    static List<Product> generate(SplittableRandom random, int count, long createdBefore) {
        List<Product> products = new ArrayList<>(count);
        long variantId = FIRST_VARIANT_ID + random.nextInt(1000);
        for (int i = 0; i < count; i++) {
            Kind kind = KINDS.get(random.nextInt(KINDS.size()));
            String brand = BRANDS.get(random.nextInt(BRANDS.size()));
            int variantCount = 1 + random.nextInt(4);
            List<Variant> variants = new ArrayList<>(variantCount);
            for (int v = 0; v < variantCount; v++) {
                String sku = "%s-%04d-%d".formatted(kind.code(), i + 1, v + 1);
                long price = kind.basePriceCents() * (v + 2) / 2 + random.nextInt(100);
                variants.add(new Variant(Long.toString(variantId++), sku, kind.values().get(v), price,
                        kind.baseGrams() * (v + 1)));
            }
            long createdAt = createdBefore - 86_400L * (100 + random.nextInt(600));
            products.add(new Product(Long.toString(FIRST_PRODUCT_ID + i * 97L), brand + " " + kind.noun(), brand,
                    kind.option(), createdAt, List.copyOf(variants)));
        }
        return List.copyOf(products);
    }
}
