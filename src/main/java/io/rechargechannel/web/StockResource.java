package io.rechargechannel.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.rechargechannel.stock.StockLevel;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.annotation.security.RolesAllowed;
import io.rechargechannel.auth.Role;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Stock on hand, allocated and available per warehouse and SKU. */
@Path("/api/stock")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
public class StockResource {

    public record StockView(long warehouseId, String sku, int onHand, int allocated, int available) {
        static StockView from(StockLevel s) {
            return new StockView(s.warehouseId, s.sku, s.onHand, s.allocated, s.available);
        }
    }

    @GET
    @Transactional
    public PageView<StockView> list(@QueryParam("warehouse") Long warehouseId, @QueryParam("sku") String sku,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        PanacheQuery<StockLevel> query;
        if (warehouseId != null && sku != null) {
            query = StockLevel.find("warehouseId = ?1 and sku = ?2", Sort.by("sku"), warehouseId, sku);
        } else if (warehouseId != null) {
            query = StockLevel.find("warehouseId", Sort.by("sku"), warehouseId);
        } else if (sku != null) {
            query = StockLevel.find("sku", Sort.by("warehouseId"), sku);
        } else {
            query = StockLevel.findAll(Sort.by("warehouseId", "sku"));
        }
        query.page(Page.of(page, size));
        return new PageView<>(query.list().stream().map(StockView::from).toList(), page, size, query.count());
    }
}
