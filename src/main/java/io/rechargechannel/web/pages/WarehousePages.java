package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.auth.Role;
import io.rechargechannel.channel.ChannelProblem;
import io.rechargechannel.channel.Warehouse;
import io.rechargechannel.channel.Warehouses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Settings → Warehouses: where stock is held and orders are despatched from; list, add and edit. */
@Path("/settings/warehouses")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class WarehousePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Warehouse> warehouses);

        static native TemplateInstance form(Long id, String code, FormState form);
    }

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Map<String, String> LABELS = Map.of("code", "Code", "name", "Name", "address", "Address",
            "countryCode", "Country");

    private final Warehouses warehouses;

    WarehousePages(Warehouses warehouses) {
        this.warehouses = warehouses;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(warehouses.list());
    }

    @GET
    @Path("new")
    public TemplateInstance newWarehouse() {
        return Templates.form(null, null, FormState.of(Map.of("countryCode", "GB")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(MultivaluedMap<String, String> posted) {
        FormFields form = read(posted, true);
        if (form.valid()) {
            try {
                Warehouse added = warehouses.add(form.text("code"), form.text("name"), form.text("address"),
                        form.text("countryCode"));
                return Flash.redirect("/settings/warehouses", "Warehouse “" + added.name() + "” (" + added.code() + ") added");
            } catch (ChannelProblem problem) {
                form.error(problem.field().orElse("code"), problem.getMessage());
            }
        }
        return Response.status(422).entity(Templates.form(null, null, form.state())).build();
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") long id) {
        Warehouse warehouse = find(id);
        if (warehouse == null) {
            return Response.status(404).entity(ErrorPages.notFound("Warehouse")).build();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", warehouse.name());
        values.put("address", warehouse.address().orElse(""));
        values.put("countryCode", warehouse.countryCode());
        return Response.ok(Templates.form(id, warehouse.code(), FormState.of(values))).build();
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        Warehouse warehouse = find(id);
        if (warehouse == null) {
            return Response.status(404).entity(ErrorPages.notFound("Warehouse")).build();
        }
        FormFields form = read(posted, false);
        if (form.valid()) {
            try {
                Warehouse saved = warehouses.edit(id, form.text("name"), form.text("address"), form.text("countryCode"));
                return Flash.redirect("/settings/warehouses", "Warehouse “" + saved.name() + "” saved");
            } catch (ChannelProblem problem) {
                form.error(problem.field().orElse("name"), problem.getMessage());
            }
        }
        return Response.status(422).entity(Templates.form(id, warehouse.code(), form.state())).build();
    }

    private static FormFields read(MultivaluedMap<String, String> posted, boolean isNew) {
        FormFields form = FormFields.read(LABELS, posted);
        if (isNew && !CODE.matcher(form.text("code").strip()).matches()) {
            form.error("code", "Enter a code of 1 to 32 letters, digits, - or _, such as LEEDS");
        }
        if (form.text("name").isBlank()) {
            form.error("name", "Enter the warehouse’s name");
        }
        if (!COUNTRY.matcher(form.text("countryCode").strip()).matches()) {
            form.error("countryCode", "Enter the country as two letters, such as GB");
        }
        if (form.text("address").length() > 500) {
            form.error("address", "must be at most 500 characters");
        }
        return form;
    }

    private Warehouse find(long id) {
        try {
            return warehouses.get(id);
        } catch (ChannelProblem notFound) {
            return null;
        }
    }
}
