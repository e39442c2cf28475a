package io.rechargechannel.catalog;

import io.rechargechannel.stock.StockAllocator;
import io.rechargechannel.stock.StockChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Upserts products and variants (SKUs) of a channel, from ReCharge's catalog or, for stores whose
 * catalog lives on the ecommerce platform, from the lines of imported orders.
 */
@ApplicationScoped
public class ProductImporter {

    private static final String UPSERT_PRODUCT = """
            INSERT INTO product (channel_id, external_product_id, title, vendor, source, synced_at)
            VALUES (?, ?, ?, ?, 'CATALOG', ?)
            ON CONFLICT (channel_id, external_product_id) DO UPDATE SET title = EXCLUDED.title,
                vendor = EXCLUDED.vendor, source = 'CATALOG', synced_at = EXCLUDED.synced_at""";

    private static final String UPSERT_VARIANT = """
            INSERT INTO product_variant (channel_id, product_id, external_variant_id, sku, title, unit_price,
                weight_grams, synced_at)
            SELECT ?, p.id, ?, ?, ?, ?, ?, ? FROM product p WHERE p.channel_id = ? AND p.external_product_id = ?
            ON CONFLICT (channel_id, external_variant_id) DO UPDATE SET product_id = EXCLUDED.product_id,
                sku = EXCLUDED.sku, title = EXCLUDED.title, unit_price = EXCLUDED.unit_price,
                weight_grams = EXCLUDED.weight_grams, synced_at = EXCLUDED.synced_at""";

    private static final String PRODUCTS_FROM_LINES = """
            INSERT INTO product (channel_id, external_product_id, title, vendor, source, synced_at)
            SELECT DISTINCT ON (l.external_product_id) ?::bigint, l.external_product_id, coalesce(l.title, ''), NULL,
                'ORDER_LINES', ?::timestamptz
            FROM order_line l WHERE l.order_id = ANY (?) AND l.external_product_id IS NOT NULL
            ON CONFLICT (channel_id, external_product_id) DO NOTHING""";

    private static final String VARIANTS_FROM_LINES = """
            INSERT INTO product_variant (channel_id, product_id, external_variant_id, sku, title, unit_price,
                weight_grams, synced_at)
            SELECT DISTINCT ON (l.external_variant_id) ?::bigint, p.id, l.external_variant_id, l.sku, l.variant_title,
                l.unit_price, l.grams, ?::timestamptz
            FROM order_line l JOIN product p ON p.channel_id = ? AND p.external_product_id = l.external_product_id
            WHERE l.order_id = ANY (?) AND l.external_variant_id IS NOT NULL
            ON CONFLICT (channel_id, external_variant_id) DO UPDATE SET sku = EXCLUDED.sku, title = EXCLUDED.title,
                synced_at = EXCLUDED.synced_at""";

    @Inject
    DataSource dataSource;

    @Inject
    StockAllocator stock;

    /** Returns how many products the page held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int importPage(long channelId, long warehouseId, boolean autoSyncStock, List<IncomingProduct> page,
                          Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            upsertProducts(connection, channelId, page, now);
            upsertVariants(connection, channelId, page, now);
            if (autoSyncStock) {
                StockChanges skus = new StockChanges();
                page.stream().flatMap(p -> p.variants().stream()).map(IncomingProduct.Variant::sku)
                        .filter(Objects::nonNull).forEach(sku -> skus.mention(warehouseId, sku));
                stock.apply(connection, skus, now);
            }
            return page.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Importing products of channel " + channelId + " failed: " + e.getMessage(), e);
        }
    }

    /** For platform-catalog stores: the SKUs are only known from what customers ordered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deriveFromOrderLines(long channelId, Collection<Long> orderIds, Instant now) {
        if (orderIds.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement s = connection.prepareStatement(PRODUCTS_FROM_LINES)) {
                s.setLong(1, channelId);
                s.setObject(2, now.atOffset(ZoneOffset.UTC));
                s.setArray(3, connection.createArrayOf("bigint", orderIds.toArray()));
                s.executeUpdate();
            }
            try (PreparedStatement s = connection.prepareStatement(VARIANTS_FROM_LINES)) {
                s.setLong(1, channelId);
                s.setObject(2, now.atOffset(ZoneOffset.UTC));
                s.setLong(3, channelId);
                s.setArray(4, connection.createArrayOf("bigint", orderIds.toArray()));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Deriving SKUs of channel " + channelId + " failed: " + e.getMessage(), e);
        }
    }

    private static void upsertProducts(Connection connection, long channelId, List<IncomingProduct> page, Instant now)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(UPSERT_PRODUCT)) {
            for (IncomingProduct product : page) {
                s.setLong(1, channelId);
                s.setString(2, product.externalProductId());
                s.setString(3, product.title());
                s.setString(4, product.vendor());
                s.setObject(5, now.atOffset(ZoneOffset.UTC));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void upsertVariants(Connection connection, long channelId, List<IncomingProduct> page, Instant now)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(UPSERT_VARIANT)) {
            for (IncomingProduct product : page) {
                for (IncomingProduct.Variant v : product.variants()) {
                    s.setLong(1, channelId);
                    s.setString(2, v.externalVariantId());
                    s.setString(3, v.sku());
                    s.setString(4, v.title());
                    s.setBigDecimal(5, v.unitPrice());
                    s.setObject(6, v.weightGrams(), java.sql.Types.INTEGER);
                    s.setObject(7, now.atOffset(ZoneOffset.UTC));
                    s.setLong(8, channelId);
                    s.setString(9, product.externalProductId());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }
}
