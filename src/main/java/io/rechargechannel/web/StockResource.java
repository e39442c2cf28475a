package io.rechargechannel.web;

import io.rechargechannel.auth.Role;
import io.rechargechannel.stock.Adjustment;
import io.rechargechannel.stock.MovementKind;
import io.rechargechannel.stock.StockAdjustments;
import io.rechargechannel.stock.StockMovement;
import io.rechargechannel.stock.StockProblem;
import io.rechargechannel.stock.StockQuery;
import io.rechargechannel.stock.StockRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Instant;

/**
 * Stock on hand, allocated and available per warehouse and SKU; adjustments (goods received, stock counts); the
 * ledger of every movement.
 */
@Path("/api/stock")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
public class StockResource {

    public record StockView(long warehouseId, String sku, String title, int onHand, int allocated, int available,
                            Instant lastMovementAt) {
        static StockView from(StockRow s) {
            return new StockView(s.warehouseId(), s.sku(), s.title(), s.onHand(), s.allocated(), s.available(),
                    s.lastMovementAt());
        }
    }

    public record MovementView(long id, long warehouseId, String sku, MovementKind kind, int onHandDelta,
                               int allocatedDelta, String reason, Long orderId, String actor, Instant at) {
        static MovementView from(StockMovement m) {
            return new MovementView(m.id, m.warehouseId, m.sku, m.kind, m.onHandDelta, m.allocatedDelta, m.reason,
                    m.orderId, m.actor, m.at);
        }
    }

    private final StockQuery stock;
    private final StockAdjustments adjustments;

    StockResource(StockQuery stock, StockAdjustments adjustments) {
        this.stock = stock;
        this.adjustments = adjustments;
    }

    @GET
    public PageView<StockView> list(@QueryParam("warehouse") Long warehouseId, @QueryParam("sku") String sku,
                                    @QueryParam("q") String words,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        StockQuery.Found<StockRow> found = stock.levels(warehouseId, sku, words, page, size);
        return new PageView<>(found.items().stream().map(StockView::from).toList(), page, size, found.total());
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response adjust(Adjustment adjustment) {
        Adjustment given = adjustment == null ? new Adjustment(null, null, null, null, null) : adjustment;
        return Response.status(201).entity(adjustments.adjust(given)).build();
    }

    @GET
    @Path("movements")
    @Transactional
    public PageView<MovementView> movements(@QueryParam("warehouseId") Long warehouseId, @QueryParam("sku") String sku,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        StockQuery.Found<StockMovement> found = stock.movements(warehouseId, sku, page, size);
        return new PageView<>(found.items().stream().map(MovementView::from).toList(), page, size, found.total());
    }

    @ServerExceptionMapper
    Response refused(StockProblem problem) {
        int status = problem.kind() == StockProblem.Kind.NOT_FOUND ? 404 : 400;
        ErrorBody body = problem.field().map(f -> ErrorBody.of(problem.getMessage(), f, problem.getMessage()))
                .orElse(ErrorBody.of(problem.getMessage()));
        return ApiErrorMappers.answer(status, body);
    }
}
