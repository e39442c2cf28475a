package io.rechargechannel.web;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.rechargechannel.catalog.Product;
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

import java.math.BigDecimal;
import java.util.List;

/** Products and their SKUs, per channel. */
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
public class ProductResource {

    public record ProductView(long id, long channelId, String externalProductId, String title, String vendor,
                              String source, List<VariantView> variants) {
        static ProductView from(Product p) {
            return new ProductView(p.id, p.channelId, p.externalProductId, p.title, p.vendor, p.source,
                    p.variants.stream().map(v -> new VariantView(v.externalVariantId, v.sku, v.title, v.unitPrice,
                            v.weightGrams)).toList());
        }
    }

    public record VariantView(String externalVariantId, String sku, String title, BigDecimal unitPrice,
                              Integer weightGrams) {
    }

    @GET
    @Transactional
    public PageView<ProductView> list(@QueryParam("channel") Long channelId,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        PanacheQuery<Product> query = channelId == null
                ? Product.findAll(Sort.by("id"))
                : Product.find("channelId", Sort.by("id"), channelId);
        query.page(Page.of(page, size));
        return new PageView<>(query.list().stream().map(ProductView::from).toList(), page, size, query.count());
    }
}
