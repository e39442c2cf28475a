package io.rechargechannel.sandbox;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;

/**
 * The control API: create sandbox stores and make them change, throttle or misbehave on demand. Admins only (the
 * role is named here, not imported: the sandbox depends on nothing else of ours); its ReCharge API keeps its tokens.
 */
@Path("/sandbox/stores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class SandboxStoresResource {

    @Inject
    SandboxStores stores;

    @POST
    public Response create(ControlRequests.CreateStore body) {
        required(body);
        CreatedStore created = stores.create(body.toSpec(stores.defaultRateLimit()));
        return Response.status(201).entity(StoreView.of(find(created.id()), created.token())).build();
    }

    @GET
    public List<StoreView> list() {
        return stores.all().stream().map(s -> StoreView.of(s, null)).toList();
    }

    @GET
    @Path("/{id}")
    public StoreView get(@PathParam("id") long id) {
        return StoreView.of(find(id), null);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        find(id);
        stores.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/orders")
    public Response addOrders(@PathParam("id") long id, ControlRequests.NewOrders body) {
        required(body);
        SandboxInputException.check(body.count() != null, "count is required");
        return Response.status(201).entity(Map.of("ids", find(id).addOrders(body.count()))).build();
    }

    @PATCH
    @Path("/{id}/orders/{orderId}")
    public SandboxOrder updateOrder(@PathParam("id") long id, @PathParam("orderId") long orderId,
                                    ControlRequests.OrderPatch body) {
        required(body);
        SandboxStore store = find(id);
        if (!store.updateOrder(orderId, body.toUpdate())) {
            throw notFound("store " + id + " has no order " + orderId);
        }
        return store.order(orderId).orElseThrow();
    }

    @POST
    @Path("/{id}/tokens")
    public Response issueToken(@PathParam("id") long id, ControlRequests.NewToken body) {
        required(body);
        SandboxInputException.check(body.scopes() != null, "scopes is required (a list, may be empty)");
        String token = find(id).issueToken(body.scopes(), body.prefix());
        return Response.status(201).entity(Map.of("token", token, "scopes", body.scopes())).build();
    }

    @DELETE
    @Path("/{id}/tokens/{token}")
    public Response revokeToken(@PathParam("id") long id, @PathParam("token") String token) {
        if (!find(id).revokeToken(token)) {
            throw notFound("store " + id + " has no such token");
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/faults")
    public Response injectFault(@PathParam("id") long id, ControlRequests.NewFault body) {
        required(body);
        SandboxStore store = find(id);
        store.injectFault(body.toFault());
        return Response.status(201).entity(StoreView.of(store, null).faults()).build();
    }

    @DELETE
    @Path("/{id}/faults")
    public Response clearFaults(@PathParam("id") long id) {
        find(id).clearFaults();
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/rate-limit")
    public StoreSpec.RateLimit rateLimit(@PathParam("id") long id, ControlRequests.RateLimitBody body) {
        required(body);
        SandboxStore store = find(id);
        store.rateLimit(body.toRateLimit(store.spec().rateLimit()));
        return store.spec().rateLimit();
    }

    @POST
    @Path("/{id}/reset")
    public StoreView reset(@PathParam("id") long id) {
        SandboxStore store = find(id);
        store.reset();
        return StoreView.of(store, null);
    }

    @ServerExceptionMapper
    Response badInput(SandboxInputException e) {
        return Response.status(400).type(MediaType.APPLICATION_JSON).entity(Map.of("error", e.getMessage())).build();
    }

    private SandboxStore find(long id) {
        return stores.store(id).orElseThrow(() -> notFound("no sandbox store " + id));
    }

    private static void required(Object body) {
        SandboxInputException.check(body != null, "a JSON body is required");
    }

    private static WebApplicationException notFound(String message) {
        return new WebApplicationException(Response.status(404).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", message)).build());
    }
}
