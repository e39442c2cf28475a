package io.rechargechannel.despatch;

import io.quarkus.logging.Log;
import io.rechargechannel.audit.CurrentActor;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.despatch.DespatchReport.Despatched;
import io.rechargechannel.despatch.DespatchReport.Rejected;
import io.rechargechannel.orders.OrderEvent;
import io.rechargechannel.orders.OrderTimeline;
import io.rechargechannel.stock.MovementKind;
import io.rechargechannel.stock.StockBook;
import io.rechargechannel.stock.StockMove;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Despatches orders, one or hundreds, in ONE transaction and a handful of statements: each order's row locked (in
 * id order), its status, carrier and tracking number, a despatch record, with Auto Sync Stock its stock lowered
 * and its allocation released (stock rows locked in (warehouse, SKU) order, as every stock writer does), the
 * ledger, the order's timeline line, and one {@link OrdersDespatched} for all the new despatches. A bad row is
 * rejected with its reason and never stops the good ones; a repeat of a despatch already made is answered as it
 * was, without a new event.
 */
@ApplicationScoped
public class Despatcher {

    private final DataSource dataSource;
    private final DespatchRules rules;
    private final StockBook stock;
    private final Event<OrdersDespatched> despatched;
    private final OrderTimeline timeline;
    private final CurrentActor actor;
    private final Clock clock;

    Despatcher(DataSource dataSource, DespatchRules rules, StockBook stock, Event<OrdersDespatched> despatched,
               OrderTimeline timeline, CurrentActor actor, Clock clock) {
        this.dataSource = dataSource;
        this.rules = rules;
        this.stock = stock;
        this.despatched = despatched;
        this.timeline = timeline;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public DespatchReport despatch(List<DespatchRequest> requests) {
        Instant now = clock.instant();
        String who = actor.name();
        try (Connection connection = dataSource.getConnection()) {
            DespatchTable table = new DespatchTable(connection);
            DespatchPlan plan = rules.plan(table, requests);
            Map<Long, Long> ids = plan.accepted().isEmpty() ? Map.of()
                    : table.despatch(plan.accepted(), who, now);
            List<Despatched> done = new ArrayList<>(plan.repeats());
            for (DespatchPlan.Accepted a : plan.acceptedRows()) {
                DespatchTable.NewDespatch d = a.despatch();
                done.add(new Despatched(a.row(), d.orderId(), a.number(), ids.get(d.orderId()), d.carrier().code(),
                        d.carrier().name(), d.trackingNumber(), d.trackingUrl(), now, a.repeat()));
            }
            if (!ids.isEmpty()) {
                moveStock(connection, table, plan, who, now);
                tell(plan, ids, now);
            }
            done.sort(Comparator.comparingInt(Despatched::row));
            List<Rejected> rejected = new ArrayList<>(plan.rejected());
            rejected.sort(Comparator.comparingInt(Rejected::row));
            Log.infof("Despatch by %s: %d orders despatched, %d repeats, %d rejected", who, ids.size(),
                    done.size() - ids.size(), rejected.size());
            return new DespatchReport(done, rejected);
        } catch (SQLException e) {
            throw new IllegalStateException("Despatching " + requests.size() + " orders failed: " + e.getMessage(), e);
        }
    }

    /** A despatch file's rows ({@link DespatchCsv}): those that cannot be read are rejected, the others despatched. */
    @Transactional
    public DespatchReport despatchCsv(String text) {
        DespatchCsv.Parsed parsed = DespatchCsv.read(text);
        DespatchReport report = despatch(parsed.requests());
        List<Rejected> rejected = new ArrayList<>(report.rejected());
        rejected.addAll(parsed.unreadable());
        rejected.sort(Comparator.comparingInt(Rejected::row));
        return new DespatchReport(report.despatched(), rejected);
    }

    /** With Auto Sync Stock, what the lines took leaves on hand; whatever they held is released either way. */
    private void moveStock(Connection connection, DespatchTable table, DespatchPlan plan, String who, Instant now)
            throws SQLException {
        List<Long> orderIds = plan.accepted().stream().map(DespatchTable.NewDespatch::orderId).toList();
        Map<String, StockMove> moves = new LinkedHashMap<>();
        for (DespatchTable.Line line : table.lines(orderIds)) {
            DespatchPlan.Accepted order = plan.acceptedOrder(line.orderId());
            SalesChannel channel = plan.channel(order.despatch().channelId());
            long warehouseId = line.allocatedWarehouseId() != null ? line.allocatedWarehouseId() : channel.warehouse().id();
            int onHand = channel.autoSyncStock() ? -line.quantity() : 0;
            if (onHand == 0 && line.allocated() == 0) {
                continue;
            }
            String reason = "Despatched: order " + order.number() + " with " + order.despatch().carrier().name();
            moves.merge(line.orderId() + "/" + warehouseId + "/" + line.sku(),
                    new StockMove(warehouseId, line.sku(), MovementKind.DESPATCH, onHand, -line.allocated(), reason,
                            line.orderId()),
                    (a, b) -> new StockMove(a.warehouseId(), a.sku(), a.kind(), a.onHandDelta() + b.onHandDelta(),
                            a.allocatedDelta() + b.allocatedDelta(), a.reason(), a.orderId()));
        }
        table.releaseLines(orderIds);
        stock.apply(connection, List.copyOf(moves.values()), who, now);
    }

    /** The orders' timeline lines in one statement, and one event for all the new despatches. */
    private void tell(DespatchPlan plan, Map<Long, Long> ids, Instant now) {
        Map<Long, String> summaries = new LinkedHashMap<>();
        List<OrderDespatched> events = new ArrayList<>();
        for (DespatchPlan.Accepted a : plan.acceptedRows()) {
            DespatchTable.NewDespatch d = a.despatch();
            if (a.repeat() || summaries.containsKey(d.orderId())) {
                continue;
            }
            String link = d.trackingUrl() == null ? "" : " (" + d.trackingUrl() + ")";
            summaries.put(d.orderId(), "Despatched with " + d.carrier().name() + ", tracking number "
                    + d.trackingNumber() + link);
            events.add(new OrderDespatched(d.orderId(), d.channelId(), Objects.requireNonNull(ids.get(d.orderId())),
                    d.carrier().code(), d.carrier().name(), d.trackingNumber(), d.trackingUrl(), now));
        }
        timeline.recordAll(OrderEvent.Kind.DESPATCHED, summaries.entrySet().stream()
                .map(e -> new OrderTimeline.Line(e.getKey(), e.getValue())).toList());
        if (!events.isEmpty()) {
            despatched.fire(new OrdersDespatched(events));
        }
    }
}
