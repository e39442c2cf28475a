package io.rechargechannel.recharge;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The raw ReCharge calls. Answers come back as {@link Response} whatever their status (the default
 * exception mapper is disabled) so {@link ReChargeClient} can read headers and bodies and decide itself.
 * Built per base URL by {@link ReChargeApis}; never injected.
 */
@RegisterRestClient
@ClientHeaderParam(name = "X-Recharge-Version", value = "${recharge.client.api-version}")
@ClientHeaderParam(name = "Accept", value = "application/json")
interface ReChargeApi {

    String TOKEN = "X-Recharge-Access-Token";

    @GET
    @Path("/token_information")
    Response tokenInformation(@HeaderParam(TOKEN) String token);

    @GET
    @Path("/store")
    Response store(@HeaderParam(TOKEN) String token);

    @GET
    @Path("/orders")
    Response ordersUpdatedSince(@HeaderParam(TOKEN) String token, @QueryParam("updated_at_min") String updatedAtMin,
                                @QueryParam("sort_by") String sortBy, @QueryParam("limit") int limit);

    /** ReCharge answers 422 when a cursor comes with anything but {@code limit}, so this takes nothing else. */
    @GET
    @Path("/orders")
    Response ordersAfter(@HeaderParam(TOKEN) String token, @QueryParam("cursor") String cursor,
                         @QueryParam("limit") int limit);

    @GET
    @Path("/products")
    Response products(@HeaderParam(TOKEN) String token, @QueryParam("cursor") String cursor,
                      @QueryParam("limit") int limit);
}
