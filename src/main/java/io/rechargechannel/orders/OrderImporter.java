package io.rechargechannel.orders;

import io.rechargechannel.stock.StockAllocator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one page of a channel's orders, set-based: a handful of statements per page whatever its
 * size. Upserts by (channel, ReCharge id), applies only data at least as new as what is stored,
 * replaces the lines of changed orders, never touches the warehouse's own fields except through
 * {@link FulfilmentRules}, and keeps stock allocations in step. Runs inside the caller's
 * transaction, which also saves the sync checkpoint.
 */
@ApplicationScoped
public class OrderImporter {

    /** The channel a page belongs to, as far as importing is concerned. */
    public record Target(long channelId, long warehouseId, boolean autoSyncStock) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    StockAllocator stock;

    @Transactional(Transactional.TxType.MANDATORY)
    public ImportResult importPage(Target target, List<IncomingOrder> page, Instant now) {
        if (page.isEmpty()) {
            return ImportResult.empty();
        }
        Map<Long, IncomingOrder> incoming = newestPerOrder(page);
        try (Connection connection = dataSource.getConnection()) {
            OrderTable table = new OrderTable(connection, target.channelId());
            Map<Long, StoredOrderState> stored = table.lockStored(incoming.keySet());
            Plan plan = plan(target, incoming.values(), stored);
            table.insert(plan.inserts(), now);
            table.update(plan.updates(), now);
            Map<Long, Long> ids = table.idsOf(plan.changedReChargeIds());
            List<Long> changedIds = new ArrayList<>(ids.values());
            stock.release(connection, plan.reallocatableIds(stored), now);
            table.replaceLines(plan.changed(), ids);
            if (target.autoSyncStock()) {
                stock.ensureSkus(connection, target.warehouseId(), plan.skus(), now);
            }
            stock.allocate(connection, target.warehouseId(), target.autoSyncStock(), changedIds, now);
            int created = plan.inserts().size();
            int updated = plan.updates().size();
            return new ImportResult(created, updated, page.size() - created - updated, changedIds);
        } catch (SQLException e) {
            throw new IllegalStateException("Importing orders of channel " + target.channelId() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private static Map<Long, IncomingOrder> newestPerOrder(List<IncomingOrder> page) {
        Map<Long, IncomingOrder> newest = new LinkedHashMap<>();
        for (IncomingOrder order : page) {
            newest.merge(order.rechargeOrderId(), order,
                    (a, b) -> b.updatedAt().isBefore(a.updatedAt()) ? a : b);
        }
        return newest;
    }

    private static Plan plan(Target target, Collection<IncomingOrder> incoming, Map<Long, StoredOrderState> stored) {
        List<OrderTable.Insert> inserts = new ArrayList<>();
        List<OrderTable.Update> updates = new ArrayList<>();
        for (IncomingOrder order : incoming) {
            StoredOrderState existing = stored.get(order.rechargeOrderId());
            if (existing == null) {
                inserts.add(new OrderTable.Insert(order,
                        FulfilmentRules.decide(Optional.empty(), order.rechargeStatus(), target.autoSyncStock())));
            } else if (existing.isOlderThan(order)) {
                updates.add(new OrderTable.Update(existing, order,
                        FulfilmentRules.decide(Optional.of(existing.current()), order.rechargeStatus(), target.autoSyncStock())));
            }
        }
        return new Plan(inserts, updates);
    }

    private record Plan(List<OrderTable.Insert> inserts, List<OrderTable.Update> updates) {

        List<IncomingOrder> changed() {
            List<IncomingOrder> changed = new ArrayList<>();
            inserts.forEach(i -> changed.add(i.order()));
            updates.forEach(u -> changed.add(u.order()));
            return changed;
        }

        /** Every SKU the changed orders mention: with Auto Sync Stock each gets a stock row. */
        List<String> skus() {
            return changed().stream().flatMap(o -> o.lines().stream()).map(IncomingOrder.Line::sku)
                    .filter(java.util.Objects::nonNull).distinct().toList();
        }

        List<Long> changedReChargeIds() {
            return changed().stream().map(IncomingOrder::rechargeOrderId).toList();
        }

        /** Stock of despatched orders has left the building: only orders still in the warehouse are re-allocated. */
        List<Long> reallocatableIds(Map<Long, StoredOrderState> stored) {
            return updates.stream()
                    .filter(u -> u.before().status() != FulfilmentStatus.DESPATCHED)
                    .map(u -> u.before().id())
                    .toList();
        }
    }
}
