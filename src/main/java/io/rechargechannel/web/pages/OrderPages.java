package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.auth.Role;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.channel.SalesChannels;
import io.rechargechannel.despatch.Despatch;
import io.rechargechannel.orders.BoardQuery;
import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.Order;
import io.rechargechannel.orders.OrderBoard;
import io.rechargechannel.orders.OrderHolds;
import io.rechargechannel.orders.OrderProblem;
import io.rechargechannel.orders.OrderTimeline;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The warehouse's home: the orders board ({@code /orders}: tabs, attention lane, filters, search, live), its table
 * alone for htmx ({@code /orders/board}), and one order's page with hold and release.
 */
@Path("/orders")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
public class OrderPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(BoardPage board);

        static native TemplateInstance board$table(BoardPage board);

        static native TemplateInstance order(OrderPage order, FormState form);
    }

    private static final int PAGE_SIZE = 50;
    /** Orders shown in the attention lane above the board; the tab lists them all. */
    private static final int LANE_SIZE = 5;

    private final OrderBoard board;
    private final OrderHolds holds;
    private final OrderTimeline timeline;
    private final SalesChannels channels;
    private final Clock clock;

    OrderPages(OrderBoard board, OrderHolds holds, OrderTimeline timeline, SalesChannels channels, Clock clock) {
        this.board = board;
        this.holds = holds;
        this.timeline = timeline;
        this.channels = channels;
        this.clock = clock;
    }

    @GET
    public TemplateInstance board(@QueryParam("channel") String channel, @QueryParam("status") String status,
                                  @QueryParam("attention") boolean attention, @QueryParam("q") String q,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("page") int page) {
        return Templates.board(page(channel, status, attention, q, from, to, page));
    }

    /** The table alone (tabs, lines, pager), re-read by htmx when the live events say orders changed. */
    @GET
    @Path("board")
    public TemplateInstance table(@QueryParam("channel") String channel, @QueryParam("status") String status,
                                  @QueryParam("attention") boolean attention, @QueryParam("q") String q,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("page") int page) {
        return Templates.board$table(page(channel, status, attention, q, from, to, page));
    }

    @GET
    @Path("{id}")
    public Response order(@PathParam("id") long id) {
        return show(id, FormState.of(Map.of()), 200);
    }

    @POST
    @Path("{id}/hold")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hold(@PathParam("id") long id, @FormParam("reason") String reason) {
        try {
            Order held = holds.hold(id, reason);
            return Flash.redirect("/orders/" + id, "Order " + held.displayNumber() + " is on hold");
        } catch (OrderProblem problem) {
            return refused(id, problem, reason);
        }
    }

    @POST
    @Path("{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@PathParam("id") long id) {
        try {
            Order released = holds.release(id);
            return Flash.redirect("/orders/" + id, "Order " + released.displayNumber() + " released: "
                    + released.fulfilmentStatus.label().toLowerCase(Locale.ROOT));
        } catch (OrderProblem problem) {
            return refused(id, problem, null);
        }
    }

    private Response refused(long id, OrderProblem problem, String reason) {
        if (problem.kind() == OrderProblem.Kind.NOT_FOUND) {
            return Response.status(404).entity(ErrorPages.notFound("Order")).build();
        }
        FormState form = FormState.of(reason == null ? Map.of() : Map.of("reason", reason))
                .withErrors(Map.of(problem.field().orElse("reason"), problem.getMessage()));
        return show(id, form, problem.kind() == OrderProblem.Kind.CONFLICT ? 409 : 422);
    }

    @Transactional
    Response show(long id, FormState form, int status) {
        Order order = Order.findById(id);
        if (order == null) {
            return Response.status(404).entity(ErrorPages.notFound("Order")).build();
        }
        String channel = SalesChannel.byId(order.channelId).map(SalesChannel::name).orElse("Channel " + order.channelId);
        return Response.status(status).entity(Templates.order(OrderPage.of(order, channel,
                Despatch.ofOrder(id).orElse(null), timeline.of(id), clock.instant()), form)).build();
    }

    private BoardPage page(String channel, String status, boolean attention, String q, String from, String to, int page) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("channel", channel == null ? "" : channel);
        values.put("q", q == null ? "" : q);
        values.put("from", from == null ? "" : from);
        values.put("to", to == null ? "" : to);
        Map<String, String> errors = new HashMap<>();
        Long channelId = channelId(channel, errors);
        Instant fromAt = day(from, "from", errors, 0);
        Instant toAt = day(to, "to", errors, 1);
        FulfilmentStatus tab = status(status);
        BoardQuery query = new BoardQuery(channelId, tab, attention, fromAt, toAt, q, null, Math.max(0, page), PAGE_SIZE);
        BoardLinks links = new BoardLinks(channelId == null ? null : String.valueOf(channelId),
                tab == null ? null : tab.name(), attention, query.q(), fromAt == null ? null : from,
                toAt == null ? null : to, query.page());
        List<SalesChannel> all = channels.list();
        Map<Long, String> names = new HashMap<>();
        List<Option> options = new ArrayList<>(List.of(new Option("", "All channels")));
        all.forEach(c -> {
            names.put(c.id(), c.name());
            options.add(new Option(String.valueOf(c.id()), c.name()));
        });
        List<io.rechargechannel.orders.BoardRow> lane = attention ? List.of()
                : board.rowsOnly(new BoardQuery(channelId, null, true, fromAt, toAt, q, null, 0, LANE_SIZE));
        return BoardPage.of(board.read(query), lane, links, new FormState(values, errors), options, names, clock.instant());
    }

    private static Long channelId(String channel, Map<String, String> errors) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(channel.strip());
        } catch (NumberFormatException e) {
            errors.put("channel", "Choose a channel from the list");
            return null;
        }
    }

    /** A day typed as 2026-11-21, as the instant it starts (UTC), plus {@code days}. */
    private static Instant day(String text, String field, Map<String, String> errors, int days) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a date such as 2026-11-21");
            return null;
        }
    }

    private static FulfilmentStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return FulfilmentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
