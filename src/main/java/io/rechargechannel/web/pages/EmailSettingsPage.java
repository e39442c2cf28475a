package io.rechargechannel.web.pages;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.rechargechannel.auth.AppUser;
import io.rechargechannel.auth.Role;
import io.rechargechannel.channel.SalesChannel;
import io.rechargechannel.email.EmailPreviews;
import io.rechargechannel.email.RenderedEmail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Optional;

/**
 * Settings → Emails: a channel's despatch and feedback emails previewed with a sample order, in its brand, and
 * sent as a test to the signed-in admin's own address.
 */
@Path("/settings/emails")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class EmailSettingsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance emails(EmailsView view);
    }

    /** The page: which channel, both emails rendered, and where a test would go. */
    public record EmailsView(List<Option> channels, String channel, EmailShown despatch, EmailShown feedback,
                             String myEmail, boolean despatchOn, boolean feedbackOn) {
    }

    /** One rendered email: envelope lines and the HTML for the preview frame. */
    public record EmailShown(String from, String replyTo, String subject, String html, String text) {
        static EmailShown of(RenderedEmail email) {
            return new EmailShown(email.from(), email.replyTo(), email.subject(), email.html(), email.text());
        }
    }

    private final EmailPreviews previews;
    private final SecurityIdentity identity;

    EmailSettingsPage(EmailPreviews previews, SecurityIdentity identity) {
        this.previews = previews;
        this.identity = identity;
    }

    @GET
    public TemplateInstance show(@QueryParam("channel") String channelParam) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<SalesChannel> all = SalesChannel.allByName();
            List<Option> options = all.stream().map(c -> new Option(String.valueOf(c.id()), c.name())).toList();
            Optional<SalesChannel> chosen = all.stream().filter(c -> String.valueOf(c.id()).equals(channelParam))
                    .findFirst().or(() -> all.stream().findFirst());
            Optional<EmailPreviews.Preview> preview = chosen.flatMap(c -> previews.preview(c.id()));
            return Templates.emails(new EmailsView(options, chosen.map(c -> String.valueOf(c.id())).orElse(""),
                    preview.map(p -> EmailShown.of(p.despatch())).orElse(null),
                    preview.map(p -> EmailShown.of(p.feedback())).orElse(null), myEmail().orElse(null),
                    chosen.map(c -> c.despatchEmails().on()).orElse(false),
                    chosen.map(c -> c.feedbackEmails().on()).orElse(false)));
        });
    }

    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendTest(@FormParam("channel") String channelParam) {
        String back = "/settings/emails?channel=" + (channelParam == null ? "" : channelParam.replaceAll("\\D", ""));
        Optional<String> to = QuarkusTransaction.requiringNew().call(this::myEmail);
        if (to.isEmpty()) {
            return Flash.redirect(back, "Your user has no email address: add one on Settings → Users, then send the test");
        }
        long channel;
        try {
            channel = Long.parseLong(channelParam == null ? "" : channelParam.strip());
        } catch (NumberFormatException e) {
            return Flash.redirect(back, "Choose a sales channel first");
        }
        try {
            boolean sent = previews.sendTest(channel, to.get());
            return Flash.redirect(back, sent ? "Test emails (despatch and feedback) sent to " + to.get()
                    : "That sales channel no longer exists");
        } catch (RuntimeException smtp) {
            return Flash.redirect(back, "The mail server did not take the test email: " + smtp.getMessage());
        }
    }

    private Optional<String> myEmail() {
        return AppUser.byUsername(identity.getPrincipal().getName()).map(user -> user.email)
                .filter(email -> email != null && !email.isBlank());
    }
}
