package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.auth.Role;
import io.rechargechannel.channel.Brand;
import io.rechargechannel.channel.ChannelProblem;
import io.rechargechannel.channel.Company;
import io.rechargechannel.channel.GeneralSettings;
import io.rechargechannel.channel.GeneralSettingsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** Settings → General: the company behind every channel and the brand a channel uses where its own is empty. */
@Path("/settings/general")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class GeneralSettingsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance general(FormState form);
    }

    static final Map<String, String> LABELS = labels();

    private final GeneralSettingsService settings;
    private final Validator validator;

    GeneralSettingsPage(GeneralSettingsService settings, Validator validator) {
        this.settings = settings;
        this.validator = validator;
    }

    @GET
    public TemplateInstance show() {
        return Templates.general(FormState.of(values(settings.current())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> posted) {
        FormFields form = FormFields.read(LABELS, posted);
        Company company = new Company(form.text("company.name"), form.text("company.address"), form.text("company.email"),
                form.text("company.phone"), form.text("company.website"), form.text("company.vatNumber"),
                form.text("company.eori"));
        Brand brand = new Brand(form.text("brand.name"), form.text("brand.logoUrl"), form.text("brand.accentColour"),
                form.text("brand.senderName"), form.text("brand.senderEmail"), form.text("brand.replyTo"));
        form.check(validator.validate(company));
        form.check(validator.validate(brand));
        if (form.valid()) {
            try {
                GeneralSettings before = settings.current();
                GeneralSettings after = settings.edit(company, brand);
                return Flash.redirect("/settings/general", after.version() != before.version()
                        ? "General settings saved" : "Nothing to save: no setting changed");
            } catch (ChannelProblem problem) {
                form.error(problem.field().orElse("company.name"), problem.getMessage());
            }
        }
        return Response.status(422).entity(Templates.general(form.state())).build();
    }

    private static Map<String, String> values(GeneralSettings general) {
        Map<String, String> values = new LinkedHashMap<>();
        Company company = general.company();
        values.put("company.name", company.name());
        values.put("company.address", company.address());
        values.put("company.email", company.email());
        values.put("company.phone", company.phone());
        values.put("company.website", company.website());
        values.put("company.vatNumber", company.vatNumber());
        values.put("company.eori", company.eori());
        Brand brand = general.brand();
        values.put("brand.name", brand.name());
        values.put("brand.logoUrl", brand.logoUrl());
        values.put("brand.accentColour", brand.accentColour());
        values.put("brand.senderName", brand.senderName());
        values.put("brand.senderEmail", brand.senderEmail());
        values.put("brand.replyTo", brand.replyTo());
        return values;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("company.name", "Company name");
        labels.put("company.address", "Address");
        labels.put("company.email", "Email");
        labels.put("company.phone", "Phone");
        labels.put("company.website", "Website");
        labels.put("company.vatNumber", "VAT number");
        labels.put("company.eori", "EORI number");
        labels.put("brand.name", "Brand name");
        labels.put("brand.logoUrl", "Logo URL");
        labels.put("brand.accentColour", "Accent colour");
        labels.put("brand.senderName", "Sender name");
        labels.put("brand.senderEmail", "Sender email");
        labels.put("brand.replyTo", "Reply-to email");
        return labels;
    }
}
