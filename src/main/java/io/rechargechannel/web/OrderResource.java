package io.rechargechannel.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.Order;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.annotation.security.RolesAllowed;
import io.rechargechannel.auth.Role;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Produces;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The warehouse's orders: newest change first, filtered by channel, fulfilment status and time. */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
public class OrderResource {

    @GET
    @Transactional
    public PageView<OrderView> list(@QueryParam("channel") Long channelId,
                                    @QueryParam("status") String statusParam,
                                    @QueryParam("updatedSince") String updatedSinceParam,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        FulfilmentStatus status = QueryParams.fulfilmentStatus(statusParam);
        Instant updatedSince = QueryParams.instant("updatedSince", updatedSinceParam);
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (channelId != null) {
            where.append(" and channelId = :channel");
            params.put("channel", channelId);
        }
        if (status != null) {
            where.append(" and fulfilmentStatus = :status");
            params.put("status", status);
        }
        if (updatedSince != null) {
            where.append(" and updatedAt >= :since");
            params.put("since", updatedSince);
        }
        PanacheQuery<Order> query = Order.find(where.toString(), Sort.descending("updatedAt", "id"), params)
                .page(Page.of(page, size));
        return new PageView<>(query.list().stream().map(OrderView::summary).toList(), page, size, query.count());
    }

    @GET
    @Path("/{id}")
    @Transactional
    public OrderView get(@PathParam("id") long id) {
        Order order = Order.findById(id);
        if (order == null) {
            throw ApiProblem.notFound("There is no order " + id);
        }
        return OrderView.withLines(order);
    }
}
