package io.rechargechannel.sandbox;

import io.vertx.core.MultiMap;

import java.util.Map;


/** {@code GET /orders} (cursor-paged, snapshot-consistent) and {@code GET /orders/{id}}. */
final class OrderEndpoints {

    private OrderEndpoints() {
    }

    static Answer list(StoreData data, MultiMap params) {
        return list(data, Map.of(), params);
    }

    /** {@code corrupted}: orders to send broken on the wire (by id), see {@link Corruption}. */
    static Answer list(StoreData data, Map<Long, Corruption> corrupted, MultiMap params) {
        ListParams listParams = new ListParams(params);
        int limit = listParams.limit();
        String cursorText = listParams.cursor();
        OrderQuery query = cursorText == null ? listParams.orderQuery() : null;
        listParams.throwIfInvalid();
        if (cursorText == null) {
            long snapshot = data.sequence();
            return data.read(() -> page(data, corrupted, query, snapshot, null, false, limit));
        }
        Cursor cursor = Cursor.decode(cursorText, Cursor.ORDERS, data.generation);
        return data.read(() -> {
            if (cursor.snapshot() < 1 || cursor.snapshot() > data.sequence()) {
                throw RechargeError.invalidCursor();
            }
            OrderPager.Position after = new OrderPager.Position(cursor.lastValue(), cursor.lastId());
            return page(data, corrupted, cursor.query(), cursor.snapshot(), after, cursor.backwards(), limit);
        });
    }

    static Answer one(StoreData data, String idText) {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw RechargeError.notFound();
        }
        return data.read(() -> {
            StoredOrder order = data.byId().get(id);
            if (order == null) {
                throw RechargeError.notFound();
            }
            return Answer.ok(g -> {
                g.writeStartObject();
                g.writeFieldName("order");
                OrderJson.write(g, order.body, order.current());
                g.writeEndObject();
            });
        });
    }

    private static Answer page(StoreData data, Map<Long, Corruption> corrupted, OrderQuery query, long snapshot, OrderPager.Position after,
                               boolean backwards, int limit) {
        OrderPager.Page page = OrderPager.page(data, query, snapshot, after, backwards, limit);
        boolean hasNext = !page.orders().isEmpty() && (backwards || page.more());
        boolean hasPrevious = !page.orders().isEmpty() && (backwards ? page.more() : after != null);
        String next = hasNext ? cursor(data, query, snapshot, Cursor.NEXT, page.revisions().get(page.revisions().size() - 1)) : null;
        String previous = hasPrevious ? cursor(data, query, snapshot, Cursor.PREVIOUS, page.revisions().get(0)) : null;
        return Answer.ok(g -> {
            g.writeStartObject();
            g.writeStringField("next_cursor", next);
            g.writeStringField("previous_cursor", previous);
            g.writeArrayFieldStart("orders");
            for (StoredOrder order : page.orders()) {
                Corruption corruption = corrupted.get(order.id());
                if (corruption == null) {
                    OrderJson.write(g, order.body, order.current());
                } else {
                    CorruptOrderJson.write(g, order, corruption);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static String cursor(StoreData data, OrderQuery query, long snapshot, String direction, OrderRevision at) {
        return new Cursor(Cursor.ORDERS, data.generation, snapshot, direction, query.sortBy().valueOf(at), at.orderId,
                query).encode();
    }
}
