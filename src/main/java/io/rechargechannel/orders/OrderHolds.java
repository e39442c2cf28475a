package io.rechargechannel.orders;

import io.rechargechannel.audit.CurrentActor;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.stock.StockAllocator;
import io.rechargechannel.stock.StockChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The warehouse holds an order (with a reason) and releases it. A hold keeps the stock the order holds; a
 * release places the order where an import would (allocating its stock again if it must). Repeating either is
 * harmless; a despatched or cancelled order cannot be held. Each change writes a timeline line, and the order's
 * attention reason is judged again, in the same transaction.
 */
@ApplicationScoped
public class OrderHolds {

    static final int MAX_REASON = 500;

    private final EntityManager em;
    private final DataSource dataSource;
    private final StockAllocator stock;
    private final OrderTimeline timeline;
    private final CurrentActor actor;
    private final Clock clock;

    OrderHolds(EntityManager em, DataSource dataSource, StockAllocator stock, OrderTimeline timeline,
               CurrentActor actor, Clock clock) {
        this.em = em;
        this.dataSource = dataSource;
        this.stock = stock;
        this.timeline = timeline;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public Order hold(long orderId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new OrderProblem(OrderProblem.Kind.INVALID, "reason", "Say why the order is on hold");
        }
        if (why.length() > MAX_REASON) {
            throw new OrderProblem(OrderProblem.Kind.INVALID, "reason", "Keep the reason to " + MAX_REASON + " characters");
        }
        Order order = locked(orderId);
        if (order.fulfilmentStatus.isFinal()) {
            throw new OrderProblem(OrderProblem.Kind.CONFLICT, null, "Order " + order.displayNumber() + " is "
                    + order.fulfilmentStatus.label().toLowerCase() + ": it cannot be put on hold");
        }
        if (order.heldAt != null) {
            return order;
        }
        Instant now = clock.instant();
        order.heldAt = now;
        order.heldBy = actor.name();
        order.holdReason = why;
        order.fulfilmentStatus = FulfilmentStatus.ON_HOLD;
        timeline.record(order.id, OrderEvent.Kind.HELD, "Put on hold: " + why);
        judge(order, now, new StockChanges());
        return order;
    }

    @Transactional
    public Order release(long orderId) {
        Order order = locked(orderId);
        if (order.heldAt == null) {
            return order;
        }
        SalesChannel channel = SalesChannel.<SalesChannel>findById(order.channelId);
        boolean autoSyncStock = channel != null && channel.autoSyncStock();
        FulfilmentRules.Decision decision = FulfilmentRules.afterRelease(order.rechargeStatus, order.releasedAt != null,
                autoSyncStock);
        Instant now = clock.instant();
        StockChanges changes = restock(order.lines, autoSyncStock && OrderImporter.holdsStock(decision),
                channel == null ? null : channel.warehouse().id());
        order.fulfilmentStatus = decision.status();
        if (decision.released() && order.releasedAt == null) {
            order.releasedAt = now;
        }
        String heldFor = order.holdReason;
        order.heldAt = null;
        order.heldBy = null;
        order.holdReason = null;
        timeline.record(order.id, OrderEvent.Kind.RELEASED, "Released (was on hold: " + heldFor + "): now "
                + decision.status().label());
        judge(order, now, changes);
        return order;
    }

    private Order locked(long orderId) {
        Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw OrderProblem.notFound(orderId);
        }
        return order;
    }

    /** Each line holds its quantity when the order holds stock, nothing otherwise; answers what that moves. */
    private static StockChanges restock(List<OrderLine> lines, boolean holds, Long warehouseId) {
        StockChanges changes = new StockChanges();
        for (OrderLine line : lines) {
            int wanted = holds && warehouseId != null && line.sku != null ? line.quantity : 0;
            if (line.allocatedQuantity > 0 && (wanted == 0 || !warehouseId.equals(line.allocatedWarehouseId))) {
                changes.giveBack(line.allocatedWarehouseId, line.sku, line.allocatedQuantity);
                line.allocatedQuantity = 0;
                line.allocatedWarehouseId = null;
            }
            if (wanted > 0 && line.allocatedQuantity == 0) {
                changes.take(warehouseId, line.sku, wanted);
                line.allocatedQuantity = wanted;
                line.allocatedWarehouseId = warehouseId;
            }
        }
        return changes;
    }

    private void judge(Order order, Instant now, StockChanges changes) {
        em.flush();
        try (Connection connection = dataSource.getConnection()) {
            stock.apply(connection, changes, now);
            AttentionRules.judge(connection, List.of(order.id), now, actor.name());
        } catch (SQLException e) {
            throw new IllegalStateException("Judging order " + order.id + " failed: " + e.getMessage(), e);
        }
        em.refresh(order);
    }
}
