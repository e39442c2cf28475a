package io.rechargechannel.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.email.EmailFixture;
import io.rechargechannel.email.EmailSender;
import io.rechargechannel.email.Mails;
import io.rechargechannel.testing.Smtp;
import io.rechargechannel.testing.TestUsers;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emails as a mail client shows them (their HTML part, as GreenMail received it, in Chromium), the Emails page
 * with a failed email, and Settings → Emails with its previews and a test email to the admin's own address.
 */
@QuarkusTest
class EmailsBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @TestHTTPResource("/")
    URL root;

    @Inject
    EmailFixture fixture;

    @Inject
    EmailSender sender;

    @Test
    void bothEmailsLookRightInAMailClient() throws Exception {
        Smtp.fresh();
        long channel = fixture.channel(3, true, true);
        fixture.execute("UPDATE sales_channel SET brand_logo_url = ?1 WHERE id = ?2", root + "favicon.svg", channel);
        long order = fixture.orders(channel).get(0);
        fixture.execute("UPDATE orders SET first_name = 'Sam', last_name = 'O''Neill & <Sons>' WHERE id = ?1", order);
        fixture.despatch(order, channel);
        fixture.makeDue(order);
        sender.sendDue();
        List<MimeMessage> mine = Mails.to(Smtp.received(), fixture.recipientOf(order));
        assertThat(mine).hasSize(2);

        for (MimeMessage mail : mine) {
            String html = Mails.part(mail, "text/html");
            assertThat(html).as("customer text is escaped").contains("O&#39;Neill &amp; &lt;Sons&gt;").doesNotContain("<Sons>");
            Page page = browser.page(720, 900);
            page.setContent(html);
            boolean despatch = mail.getSubject().contains("on its way");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(despatch ? "Track your parcel" : "Leave your feedback"))).isVisible();
            Browser.screenshot(page, despatch ? "email-despatch" : "email-feedback");
            page.context().close();
        }
    }

    @Test
    void theEmailsPageListsAFailedEmailWithItsErrorAndRetriesIt() {
        Smtp.fresh();
        long channel = fixture.channel(3, true, false);
        List<Long> orders = fixture.orders(channel);
        orders.forEach(order -> fixture.despatch(order, channel));
        sender.sendDue();
        fixture.despatch(orders.get(0), channel);
        fixture.execute("UPDATE email_outbox SET status = 'FAILED', attempts = 8, closed_at = now(), last_error = "
                + "'Connection refused: smtp.example.com/203.0.113.5:587' WHERE order_id = ?1 AND status = 'QUEUED'", orders.get(0));

        Page page = browser.page();
        SignIn.as(page, root.toString(), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Emails").setExact(true)).first().click();
        page.waitForLoadState();
        assertThat(page.getByText("Connection refused: smtp.example.com/203.0.113.5:587").first()).isVisible();
        Browser.screenshot(page, "emails-page");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retry all failed")).click();
        page.waitForLoadState();
        assertThat(page.getByText("queued again")).isVisible();
        sender.sendDue();
        assertThat(Mails.to(Smtp.received(), fixture.recipientOf(orders.get(0))).size())
                .isEqualTo(2);
        page.context().close();
    }

    @Test
    void anAdminPreviewsTheEmailsAndSendsATestToThemself() {
        Smtp.fresh();
        long channel = fixture.channel(1, true, true);
        fixture.execute("UPDATE sales_channel SET brand_logo_url = ?1 WHERE id = ?2", root + "favicon.svg", channel);
        fixture.execute("UPDATE app_user SET email = 'admin@warehouse.example' WHERE username = ?1", TestUsers.ADMIN);
        try {
            Page page = browser.page(1280, 1000);
            SignIn.as(page, root.toString(), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
            page.navigate(root + "settings/emails?channel=" + channel);
            assertThat(page.frameLocator("iframe[title='Despatch email preview']").getByText("Track your parcel")).isVisible();
            assertThat(page.frameLocator("iframe[title='Feedback email preview']").getByText("Leave your feedback")).isVisible();
            Browser.screenshot(page, "settings-emails");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a test email")).click();
            page.waitForLoadState();
            assertThat(page.getByText("Test emails (despatch and feedback) sent to admin@warehouse.example")).isVisible();
            assertThat(Mails.to(Smtp.received(), "admin@warehouse.example").size())
                    .isEqualTo(2);
            page.context().close();
        } finally {
            fixture.execute("UPDATE app_user SET email = NULL WHERE username = ?1", TestUsers.ADMIN);
        }
    }
}
