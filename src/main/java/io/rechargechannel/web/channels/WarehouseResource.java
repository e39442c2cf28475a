package io.rechargechannel.web.channels;

import io.rechargechannel.channel.Warehouse;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.util.List;

/** The warehouses a channel can feed. */
@Path("/api/warehouses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WarehouseResource {

    private final Clock clock;

    WarehouseResource(Clock clock) {
        this.clock = clock;
    }

    @GET
    public List<WarehouseView> list() {
        return Warehouse.allByCode().stream().map(WarehouseView::from).toList();
    }

    @POST
    @Transactional
    public RestResponse<WarehouseView> add(@Valid @NotNull NewWarehouseRequest request, UriInfo uri) {
        Warehouse warehouse = Warehouse.open(request.code(), request.name(), request.address(), request.countryCode(), clock);
        warehouse.flush();
        return RestResponse.ResponseBuilder.<WarehouseView>created(uri.getAbsolutePathBuilder().path(String.valueOf(warehouse.id())).build())
                .entity(WarehouseView.from(warehouse))
                .build();
    }
}
