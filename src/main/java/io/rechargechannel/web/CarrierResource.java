package io.rechargechannel.web;

import io.rechargechannel.auth.Role;
import io.rechargechannel.despatch.Carrier;
import io.rechargechannel.despatch.Carriers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The carriers a despatch may name, with their tracking page ({@code {trackingNumber}} where the number goes). */
@Path("/api/carriers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
public class CarrierResource {

    private final Carriers carriers;

    CarrierResource(Carriers carriers) {
        this.carriers = carriers;
    }

    @GET
    public List<Carrier> list() {
        return carriers.all();
    }
}
