package io.rechargechannel.web.channels;

import io.rechargechannel.auth.Role;
import io.rechargechannel.channel.Warehouse;
import io.rechargechannel.channel.Warehouses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

/** The warehouses a channel can feed. */
@Path("/api/warehouses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class WarehouseResource {

    private final Warehouses warehouses;

    WarehouseResource(Warehouses warehouses) {
        this.warehouses = warehouses;
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
    public List<WarehouseView> list() {
        return warehouses.list().stream().map(WarehouseView::from).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
    public WarehouseView get(@PathParam("id") long id) {
        return WarehouseView.from(warehouses.get(id));
    }

    @POST
    public RestResponse<WarehouseView> add(@Valid @NotNull NewWarehouseRequest request, UriInfo uri) {
        Warehouse warehouse = warehouses.add(request.code(), request.name(), request.address(), request.countryCode());
        return RestResponse.ResponseBuilder.<WarehouseView>created(uri.getAbsolutePathBuilder().path(String.valueOf(warehouse.id())).build())
                .entity(WarehouseView.from(warehouse))
                .build();
    }

    @PATCH
    @Path("{id}")
    public WarehouseView edit(@PathParam("id") long id, @Valid @NotNull WarehousePatchRequest request) {
        return WarehouseView.from(warehouses.edit(id, request.name(), request.address(), request.countryCode()));
    }
}
