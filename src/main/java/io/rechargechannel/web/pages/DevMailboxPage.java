package io.rechargechannel.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rechargechannel.auth.Role;
import io.rechargechannel.email.DevMailbox;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The dev mailbox: in dev mode without SMTP settings, the emails the app "sent" (captured by Quarkus Mailer's
 * mock mode), newest first, each shown as the customer would see it. 404 wherever emails really go out.
 */
@Path("/dev/mailbox")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.ADMIN)
public class DevMailboxPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mailbox(List<MailShown> mails);
    }

    /** One captured email as the page shows it. */
    public record MailShown(int number, String when, String from, String to, String subject, String html, String text) {
    }

    private final DevMailbox mailbox;

    DevMailboxPage(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GET
    public Response show() {
        if (!mailbox.capturing()) {
            return Response.status(404).entity(ErrorPages.notFound("Dev mailbox")).build();
        }
        List<DevMailbox.Captured> latest = mailbox.latest();
        List<MailShown> shown = new java.util.ArrayList<>();
        for (int i = 0; i < latest.size(); i++) {
            DevMailbox.Captured mail = latest.get(i);
            shown.add(new MailShown(i + 1, Times.exact(mail.at()), mail.from(), String.join(", ", mail.to()),
                    mail.subject(), mail.html(), mail.text()));
        }
        return Response.ok(Templates.mailbox(shown)).build();
    }
}
