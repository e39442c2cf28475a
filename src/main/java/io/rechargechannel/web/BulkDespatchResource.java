package io.rechargechannel.web;

import io.rechargechannel.auth.Role;
import io.rechargechannel.despatch.DespatchReport;
import io.rechargechannel.despatch.DespatchRequest;
import io.rechargechannel.despatch.Despatcher;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/**
 * Despatch many orders at once: as JSON (one carrier for all, a tracking number each) or as a CSV file of
 * {@code order number, carrier, tracking number}. Every row is despatched or rejected with its reason; a bad row
 * never stops the good ones.
 */
@Path("/api/despatches")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
public class BulkDespatchResource {

    /** Rows at most per request: a day's despatches of a busy warehouse, well inside a request's time. */
    static final int MAX_ROWS = 5_000;
    static final String CSV = "text/csv";

    /** One order of a bulk despatch: by id or order number; its own carrier if not the request's. */
    public record OrderRow(Long orderId, String orderNumber, String trackingNumber, String carrier) {
    }

    public record BulkBody(String carrier, List<OrderRow> orders) {
    }

    private final Despatcher despatcher;

    BulkDespatchResource(Despatcher despatcher) {
        this.despatcher = despatcher;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public DespatchReport despatch(BulkBody body) {
        if (body == null || body.orders() == null || body.orders().isEmpty()) {
            throw new ApiProblem(400, ErrorBody.of("Name the orders to despatch", "orders",
                    "must list at least one order with its tracking number"));
        }
        tooMany(body.orders().size());
        List<DespatchRequest> requests = new ArrayList<>();
        int row = 1;
        for (OrderRow o : body.orders()) {
            String carrier = o == null || o.carrier() == null ? body.carrier() : o.carrier();
            requests.add(o == null ? new DespatchRequest(row, null, null, carrier, null)
                    : new DespatchRequest(row, o.orderId(), o.orderNumber(), carrier, o.trackingNumber()));
            row++;
        }
        return despatcher.despatch(requests);
    }

    @POST
    @Consumes(CSV)
    public DespatchReport upload(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new ApiProblem(400, ErrorBody.of("The file is empty", "file",
                    "must have a row per order: order number, carrier, tracking number"));
        }
        tooMany(csv.lines().count());
        return despatcher.despatchCsv(csv);
    }

    private static void tooMany(long rows) {
        if (rows > MAX_ROWS) {
            throw new ApiProblem(400, ErrorBody.of("Too many orders in one request", "orders",
                    "must be at most " + MAX_ROWS + ": split the file"));
        }
    }
}
