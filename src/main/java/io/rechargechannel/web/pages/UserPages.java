package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.auth.AccountProblem;
import io.rechargechannel.auth.AppUser;
import io.rechargechannel.auth.Role;
import io.rechargechannel.auth.UserAccounts;
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

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Settings → Users: who may sign in, with which roles; add, change roles, disable, set a new password. */
@Path("/settings/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class UserPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<UserRow> users);

        static native TemplateInstance form(Long id, String username, FormState form, List<RoleChoice> roles);
    }

    /** One user, worded for the list. */
    public record UserRow(long id, String username, List<String> roles, boolean enabled, String created, String changed) {
        static UserRow of(AppUser user, Clock clock) {
            return new UserRow(user.id, user.username, user.roleList().stream().map(Role::label).toList(), user.enabled,
                    Times.exact(user.createdAt), Times.ago(user.updatedAt, clock.instant()));
        }
    }

    /** A role as a checkbox: its name, what it allows, and whether it is ticked. */
    public record RoleChoice(String id, String label, String description, boolean checked) {
    }

    private static final Map<String, String> LABELS = Map.of("username", "Username", "password", "Password",
            "enabled", "Can sign in", "roles", "Roles", "email", "Email");

    private final UserAccounts accounts;
    private final Clock clock;

    UserPages(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(accounts.list().stream().map(user -> UserRow.of(user, clock)).toList());
    }

    @GET
    @Path("new")
    public TemplateInstance newUser() {
        return Templates.form(null, null, FormState.of(Map.of("enabled", "true")), choices(List.of(Role.WAREHOUSE)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(MultivaluedMap<String, String> posted) {
        FormFields form = FormFields.read(LABELS, posted);
        String password = form.text("password");
        form.blank("password");
        List<Role> roles = List.of();
        try {
            roles = roles(posted);
            AppUser user = accounts.create(form.text("username"), password, roles, form.text("email"));
            return Flash.redirect("/settings/users", "User “" + user.username + "” added: they can sign in now");
        } catch (AccountProblem problem) {
            form.error(problem.field().orElse("username"), problem.getMessage());
            return Response.status(422).entity(Templates.form(null, null, form.state(), choices(roles))).build();
        }
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") long id) {
        try {
            AppUser user = accounts.get(id);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("enabled", String.valueOf(user.enabled));
            values.put("email", user.email);
            return Response.ok(Templates.form(id, user.username, FormState.of(values), choices(user.roleList()))).build();
        } catch (AccountProblem notFound) {
            return Response.status(404).entity(ErrorPages.notFound("User")).build();
        }
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        FormFields form = FormFields.read(LABELS, posted);
        String password = form.text("password");
        form.blank("password");
        List<Role> roles = List.of();
        String username;
        try {
            username = accounts.get(id).username;
        } catch (AccountProblem notFound) {
            return Response.status(404).entity(ErrorPages.notFound("User")).build();
        }
        try {
            roles = roles(posted);
            AppUser user = accounts.edit(id, password.isEmpty() ? null : password, roles, form.ticked("enabled"),
                    form.text("email"));
            return Flash.redirect("/settings/users", "User “" + user.username + "” saved"
                    + (password.isEmpty() ? "" : ", with the new password"));
        } catch (AccountProblem problem) {
            form.error(problem.field().orElse("roles"), problem.getMessage());
            return Response.status(422).entity(Templates.form(id, username, form.state(), choices(roles))).build();
        }
    }

    private static List<Role> roles(MultivaluedMap<String, String> posted) {
        List<String> names = posted.get("roles");
        return names == null ? List.of() : Role.parseAll(names);
    }

    private static List<RoleChoice> choices(List<Role> ticked) {
        return Arrays.stream(Role.values())
                .map(role -> new RoleChoice(role.id(), role.label(), role.description(), ticked.contains(role))).toList();
    }
}
