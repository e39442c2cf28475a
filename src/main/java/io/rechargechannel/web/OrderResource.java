package io.rechargechannel.web;

import io.rechargechannel.auth.Role;
import io.rechargechannel.orders.BoardQuery;
import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.Order;
import io.rechargechannel.orders.OrderBoard;
import io.rechargechannel.orders.OrderHolds;
import io.rechargechannel.orders.OrderTimeline;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.time.Instant;

/**
 * The warehouse's orders: the board (newest first, filtered, searched, paged, with the tabs' counts), one order
 * with its lines and timeline, hold and release, and the live events of every instance's changes.
 */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
public class OrderResource {

    private final OrderBoard board;
    private final OrderHolds holds;
    private final OrderTimeline timeline;
    private final LiveOrders live;

    OrderResource(OrderBoard board, OrderHolds holds, OrderTimeline timeline, LiveOrders live) {
        this.board = board;
        this.holds = holds;
        this.timeline = timeline;
        this.live = live;
    }

    @GET
    public BoardPageView list(@QueryParam("channel") Long channelId,
                              @QueryParam("status") String statusParam,
                              @QueryParam("attention") boolean attention,
                              @QueryParam("from") String fromParam,
                              @QueryParam("to") String toParam,
                              @QueryParam("q") String q,
                              @QueryParam("updatedSince") String updatedSinceParam,
                              @QueryParam("page") @DefaultValue("0") @Min(0) @Max(BoardQuery.MAX_PAGE) int page,
                              @QueryParam("size") @DefaultValue("50") @Min(1) @Max(BoardQuery.MAX_SIZE) int size) {
        return BoardPageView.of(board.read(query(channelId, statusParam, attention, fromParam, toParam, q,
                updatedSinceParam, page, size)));
    }

    /** The tabs' counts under the same filters as the list (the list's page carries them too). */
    @GET
    @Path("/counts")
    public BoardCountsView counts(@QueryParam("channel") Long channelId,
                                  @QueryParam("from") String fromParam,
                                  @QueryParam("to") String toParam,
                                  @QueryParam("q") String q) {
        return BoardCountsView.of(board.read(query(channelId, null, false, fromParam, toParam, q, null, 0, 1)).counts());
    }

    @GET
    @Path("/{id}")
    @Transactional
    public OrderView get(@PathParam("id") long id) {
        Order order = Order.findById(id);
        if (order == null) {
            throw ApiProblem.notFound("There is no order " + id);
        }
        return OrderView.detail(order, timeline.of(id));
    }

    @POST
    @Path("/{id}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrderView hold(@PathParam("id") long id, HoldRequest request) {
        holds.hold(id, request == null ? null : request.reason());
        return get(id);
    }

    @POST
    @Path("/{id}/release")
    public OrderView release(@PathParam("id") long id) {
        holds.release(id);
        return get(id);
    }

    /**
     * Server-Sent Events: {@code event: order} with {@code {id, rechargeOrderId, fulfilmentStatus, change}} for
     * every order any instance changed, {@code event: resync} when some may have been missed, a comment line as
     * heartbeat.
     */
    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@Context SseEventSink sink, @Context Sse sse) {
        live.open(sink, sse);
    }

    private static BoardQuery query(Long channelId, String statusParam, boolean attention, String fromParam,
                                    String toParam, String q, String updatedSinceParam, int page, int size) {
        FulfilmentStatus status = QueryParams.fulfilmentStatus(statusParam);
        Instant from = QueryParams.instant("from", fromParam);
        Instant to = QueryParams.instant("to", toParam);
        if (q != null && q.length() > 200) {
            throw ApiProblem.badParameter("q", "must be at most 200 characters");
        }
        return new BoardQuery(channelId, status, attention, from, to, q,
                QueryParams.instant("updatedSince", updatedSinceParam), page, size);
    }
}
