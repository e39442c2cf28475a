package io.rechargechannel.orders;

import io.rechargechannel.stock.StockAllocator;
import io.rechargechannel.stock.StockChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
            lookUpByKey(connection);
            OrderTable table = new OrderTable(connection, target.channelId());
            Map<Long, StoredOrderState> stored = table.lockStored(incoming.keySet());
            Plan plan = plan(target, incoming.values(), stored, now);
            Map<Long, Long> newIds = table.insert(plan.inserts(), now);
            table.update(plan.updates(), now);
            StockChanges stockChanges = new StockChanges();
            List<OrderTable.DeletedLine> deleted = table.deleteLines(plan.updatedIds());
            giveBack(deleted, plan.givingBackIds(), stockChanges);
            List<OrderRows.Row> written = plan.written(newIds);
            table.insertLines(lineRows(written, target, stockChanges));
            stock.apply(connection, stockChanges, now);
            List<Long> changedIds = written.stream().map(OrderRows.Row::id).toList();
            timeline(target, plan, newIds, stored, deleted, now).write(connection);
            AttentionRules.judge(connection, changedIds, now, ImportTimeline.ACTOR);
            int created = newIds.size();
            int updated = plan.updates().size();
            return new ImportResult(created, updated, page.size() - created - updated, changedIds);
        } catch (SQLException e) {
            throw new IllegalStateException("Importing orders of channel " + target.channelId() + " failed: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Every statement of an import finds its rows by key. Told so, PostgreSQL keeps to the indexes even
     * while a first backfill grows a table faster than its statistics follow: without it, plans made when
     * the tables were nearly empty scanned them whole (docs/benchmarks.md). Lasts until the page's commit.
     */
    private static void lookUpByKey(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL enable_seqscan = off");
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

    private static Plan plan(Target target, Collection<IncomingOrder> incoming, Map<Long, StoredOrderState> stored,
                             Instant now) {
        List<OrderRows.Row> inserts = new ArrayList<>();
        List<OrderRows.Row> updates = new ArrayList<>();
        Set<Long> givingBack = new HashSet<>();
        for (IncomingOrder order : incoming) {
            StoredOrderState existing = stored.get(order.rechargeOrderId());
            if (existing == null) {
                inserts.add(new OrderRows.Row(0, order,
                        FulfilmentRules.decide(Optional.empty(), order.rechargeStatus(), target.autoSyncStock()), now));
            } else if (existing.isOlderThan(order)) {
                FulfilmentRules.Decision decision = FulfilmentRules.decide(Optional.of(existing.current()),
                        order.rechargeStatus(), target.autoSyncStock());
                updates.add(new OrderRows.Row(existing.id(), order, decision, now));
                if (existing.status() != FulfilmentStatus.DESPATCHED) {
                    givingBack.add(existing.id());
                }
            }
        }
        return new Plan(inserts, updates, givingBack);
    }

    private record Plan(List<OrderRows.Row> inserts, List<OrderRows.Row> updates, Set<Long> givingBackIds) {

        List<Long> updatedIds() {
            return updates.stream().map(OrderRows.Row::id).toList();
        }

        /** The rows now in the table with their ids; an insert that lost a race to another writer is left out. */
        List<OrderRows.Row> written(Map<Long, Long> newIds) {
            List<OrderRows.Row> written = new ArrayList<>(updates);
            for (OrderRows.Row insert : inserts) {
                Long id = newIds.get(insert.order().rechargeOrderId());
                if (id != null) {
                    written.add(new OrderRows.Row(id, insert.order(), insert.decision(), insert.now()));
                }
            }
            return written;
        }
    }

    /** Stock of despatched orders has left the building: only lines of orders still here give stock back. */
    private static void giveBack(List<OrderTable.DeletedLine> deleted, Set<Long> givingBack, StockChanges changes) {
        for (OrderTable.DeletedLine line : deleted) {
            if (line.heldQuantity() > 0 && givingBack.contains(line.orderId())) {
                changes.giveBack(line.warehouseId(), line.sku(), line.heldQuantity());
            }
        }
    }

    /** The page's timeline lines: each new order imported, each changed one with what changed. */
    private static ImportTimeline timeline(Target target, Plan plan, Map<Long, Long> newIds,
                                           Map<Long, StoredOrderState> stored, List<OrderTable.DeletedLine> deleted,
                                           Instant now) {
        ImportTimeline timeline = new ImportTimeline(now);
        Map<Long, List<OrderTable.DeletedLine>> oldLines = deleted.stream()
                .collect(java.util.stream.Collectors.groupingBy(OrderTable.DeletedLine::orderId));
        for (OrderRows.Row row : plan.written(newIds)) {
            boolean holds = target.autoSyncStock() && holdsStock(row.decision());
            StoredOrderState before = stored.get(row.order().rechargeOrderId());
            if (before == null) {
                timeline.imported(row, holds);
            } else {
                boolean heldBefore = oldLines.getOrDefault(row.id(), List.of()).stream().anyMatch(l -> l.heldQuantity() > 0);
                timeline.updated(before, row, oldLines.getOrDefault(row.id(), List.of()), heldBefore, holds);
            }
        }
        return timeline;
    }

    /**
     * The lines to write, each holding stock when its order is released to the floor and not finished
     * with; with Auto Sync Stock every SKU mentioned also gets a stock row.
     */
    private static List<OrderRows.LineRow> lineRows(List<OrderRows.Row> orders, Target target, StockChanges changes) {
        List<OrderRows.LineRow> lines = new ArrayList<>();
        for (OrderRows.Row order : orders) {
            boolean holdsStock = target.autoSyncStock() && holdsStock(order.decision());
            int number = 1;
            for (IncomingOrder.Line line : order.order().lines()) {
                boolean held = holdsStock && line.sku() != null;
                if (target.autoSyncStock() && line.sku() != null) {
                    changes.mention(target.warehouseId(), line.sku());
                }
                if (held) {
                    changes.take(target.warehouseId(), line.sku(), line.quantity());
                }
                lines.add(new OrderRows.LineRow(order.id(), number++, line, held ? line.quantity() : 0,
                        held ? target.warehouseId() : null));
            }
        }
        return lines;
    }

    static boolean holdsStock(FulfilmentRules.Decision d) {
        return d.released() && (d.status() == FulfilmentStatus.ALLOCATED || d.status() == FulfilmentStatus.ON_HOLD);
    }
}
