package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.auth.Role;
import io.rechargechannel.despatch.Carriers;
import io.rechargechannel.despatch.DespatchReport;
import io.rechargechannel.despatch.DespatchRequest;
import io.rechargechannel.despatch.Despatcher;
import io.rechargechannel.despatch.PackingSlip;
import io.rechargechannel.despatch.PackingSlips;
import io.rechargechannel.despatch.PickList;
import io.rechargechannel.despatch.PickLists;
import io.rechargechannel.orders.FulfilmentStatus;
import io.rechargechannel.orders.Order;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Despatch pages: one order's despatch form, the bulk form for orders chosen on the board, the CSV upload, the
 * report after each, the pick list and the packing slip. Rooted at {@code /orders} with the board's pages
 * (Quarkus REST merges classes of one root path).
 */
@Path("/orders")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.ADMIN, Role.Names.WAREHOUSE})
public class DespatchPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance single(DespatchForm view, FormState form);

        static native TemplateInstance bulk(BulkDespatchForm view, FormState form);

        static native TemplateInstance upload(FormState form);

        static native TemplateInstance report(DespatchReport report, String title);

        static native TemplateInstance pickList(PickList list);

        static native TemplateInstance packingSlip(PackingSlip slip);
    }

    private final Despatcher despatcher;
    private final Carriers carriers;
    private final PackingSlips slips;
    private final PickLists pickLists;

    DespatchPages(Despatcher despatcher, Carriers carriers, PackingSlips slips, PickLists pickLists) {
        this.despatcher = despatcher;
        this.carriers = carriers;
        this.slips = slips;
        this.pickLists = pickLists;
    }

    @GET
    @Path("{id}/despatch")
    @Transactional
    public Response despatchForm(@PathParam("id") long id) {
        return single(id, FormState.of(Map.of("carrier", carriers.all().get(0).code())), null, 200);
    }

    @POST
    @Path("{id}/despatch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response despatch(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        String carrier = orEmpty(posted.getFirst("carrier"));
        String tracking = orEmpty(posted.getFirst("trackingNumber"));
        DespatchReport report = despatcher.despatch(List.of(DespatchRequest.single(id, carrier, tracking)));
        FormState form = FormState.of(Map.of("carrier", carrier, "trackingNumber", tracking));
        if (report.rejected().isEmpty()) {
            DespatchReport.Despatched done = report.despatched().get(0);
            return Flash.redirect("/orders/" + id, "Order " + done.orderNumber() + (done.repeat() ? " was already despatched" : " despatched")
                    + " with " + done.carrierName() + ", tracking number " + done.trackingNumber());
        }
        DespatchReport.Rejected rejected = report.rejected().get(0);
        if (rejected.refusal() == DespatchReport.Refusal.NOT_FOUND) {
            return Response.status(404).entity(ErrorPages.notFound("Order")).build();
        }
        boolean onField = "carrier".equals(rejected.field()) || "trackingNumber".equals(rejected.field());
        return QuarkusTransaction.requiringNew().call(() -> single(id, onField ? form.withErrors(Map.of(rejected.field(), rejected.reason())) : form,
                onField ? null : rejected.reason(), rejected.refusal().status() == 400 ? 422 : rejected.refusal().status()));
    }

    @GET
    @Path("despatch")
    @Transactional
    public TemplateInstance bulkForm(@QueryParam("orderId") List<Long> orderIds) {
        return Templates.bulk(bulkView(orderIds, Map.of()), FormState.of(Map.of("carrier", carriers.all().get(0).code())));
    }

    @POST
    @Path("despatch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bulkDespatch(MultivaluedMap<String, String> posted) {
        String carrier = orEmpty(posted.getFirst("carrier"));
        List<Long> ids = new ArrayList<>();
        List<DespatchRequest> requests = new ArrayList<>();
        for (String idText : posted.getOrDefault("orderId", List.of())) {
            try {
                long id = Long.parseLong(idText.strip());
                ids.add(id);
                requests.add(new DespatchRequest(requests.size() + 1, id, null, carrier, orEmpty(posted.getFirst("tracking-" + id))));
            } catch (NumberFormatException e) {
                // not an order of this form: left out
            }
        }
        if (carriers.find(carrier).isEmpty() || requests.isEmpty()) {
            Map<String, String> typed = new java.util.HashMap<>();
            ids.forEach(id -> typed.put("tracking-" + id, orEmpty(posted.getFirst("tracking-" + id))));
            return Response.status(422).entity(QuarkusTransaction.requiringNew().call(() -> Templates.bulk(bulkView(ids, typed),
                    FormState.of(Map.of("carrier", carrier)).withErrors(Map.of("carrier", "Choose the carrier"))))).build();
        }
        return Response.ok(Templates.report(despatcher.despatch(requests), "Despatch report")).build();
    }

    @GET
    @Path("despatch/upload")
    public TemplateInstance uploadForm() {
        return Templates.upload(FormState.of(Map.of()));
    }

    @POST
    @Path("despatch/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@org.jboss.resteasy.reactive.RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file,
                           @org.jboss.resteasy.reactive.RestForm("csv") String pasted) throws java.io.IOException {
        String csv = file != null && file.size() > 0
                ? java.nio.file.Files.readString(file.uploadedFile(), java.nio.charset.StandardCharsets.UTF_8)
                : orEmpty(pasted);
        if (csv.isBlank()) {
            return Response.status(422).entity(Templates.upload(FormState.of(Map.of()).withErrors(Map.of("file",
                    "Choose a CSV file (or paste its rows): order number, carrier, tracking number")))).build();
        }
        return Response.ok(Templates.report(despatcher.despatchCsv(csv), "Despatch file report")).build();
    }

    @GET
    @Path("pick-list")
    public TemplateInstance pickList(@QueryParam("orderId") List<Long> orderIds) {
        return Templates.pickList(pickLists.of(orderIds));
    }

    @GET
    @Path("{id}/packing-slip")
    public Response packingSlip(@PathParam("id") long id) {
        return slips.of(id).map(slip -> Response.ok(Templates.packingSlip(slip)).build())
                .orElseGet(() -> Response.status(404).entity(ErrorPages.notFound("Order")).build());
    }

    private Response single(long id, FormState form, String problem, int status) {
        Order order = Order.findById(id);
        PackingSlip slip = slips.of(id).orElse(null);
        if (order == null || slip == null) {
            return Response.status(404).entity(ErrorPages.notFound("Order")).build();
        }
        String despatchedWith = null;
        String url = null;
        if (order.fulfilmentStatus == FulfilmentStatus.DESPATCHED && order.carrier != null) {
            var carrier = carriers.find(order.carrier);
            despatchedWith = carrier.map(c -> c.name()).orElse(order.carrier) + ", tracking number " + order.trackingNumber
                    + " (" + Times.exact(order.despatchedAt) + ")";
            url = carrier.map(c -> c.trackingUrl(order.trackingNumber)).orElse(null);
        }
        DespatchForm view = new DespatchForm(slip, order.fulfilmentStatus.label(), carrierOptions(),
                despatchedWith, url, problem);
        return Response.status(status).entity(Templates.single(view, form)).build();
    }

    private BulkDespatchForm bulkView(List<Long> orderIds, Map<String, String> typed) {
        PickList list = pickLists.of(orderIds);
        List<BulkDespatchForm.Row> rows = list.orders().stream().map(o -> new BulkDespatchForm.Row(o.id(), o.number(),
                o.customer(), o.status(), typed.getOrDefault("tracking-" + o.id(), ""))).toList();
        return new BulkDespatchForm(rows, carrierOptions(), list.missing());
    }

    private List<Option> carrierOptions() {
        return carriers.all().stream().map(c -> new Option(c.code(), c.name())).toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
