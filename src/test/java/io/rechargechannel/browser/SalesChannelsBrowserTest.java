package io.rechargechannel.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.CreatedStore;
import io.rechargechannel.sandbox.SandboxStore;
import io.rechargechannel.sandbox.SandboxStores;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.testing.SandboxChannels;
import io.rechargechannel.testing.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An admin adds a ReCharge channel, meets a token that lacks a permission, fixes it, and switches it off in place. */
@QuarkusTest
class SalesChannelsBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @TestHTTPResource("/")
    URL root;

    @Inject
    SandboxStores sandbox;

    @Inject
    SandboxChannels fixture;

    @Test
    void anAdminAddsAChannelFixesItsTokenAndTurnsItOffInPlace() {
        CreatedStore created = sandbox.create(StoreSpec.of("Bean Club", 30, 5));
        SandboxStore store = sandbox.store(created.id()).orElseThrow();
        String withoutProducts = store.issueToken(List.of("read_orders", "write_orders", "store_info"), null);
        String name = "Bean Club " + UUID.randomUUID().toString().substring(0, 4);
        Page page = browser.page();
        SignIn.as(page, Browser.base(root), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        assertThat(page).hasURL(Browser.base(root) + "/settings/sales-channels");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a ReCharge channel")).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Access Token").fill(withoutProducts);
        page.getByLabel("ReCharge API address").fill(SandboxChannels.baseUrl());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add channel")).click();

        Locator tokenError = page.locator("#accessToken-error");
        assertThat(tokenError).containsText("The access token lacks Products: Read and write");
        assertThat(tokenError).containsText("set Products to Read and write");
        assertThat(page.locator(".error-summary")).containsText("Products: Read and write");
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue(name);
        assertThat(page.getByLabel("Access Token")).hasValue("");

        page.getByLabel("Access Token").fill(created.token());
        assertThat(page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName("Active"))).isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add channel")).click();

        assertThat(page).hasURL(Browser.base(root) + "/settings/sales-channels");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Channel “" + name + "” added");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(name));
        assertThat(row).containsText("ReCharge");
        assertThat(row).containsText("Main warehouse");
        page.waitForTimeout(300); // the confirmation slides in
        Browser.screenshot(page, "sales-channels-list");

        page.evaluate("window.notReloaded = true");
        row.getByRole(AriaRole.SWITCH).click();

        assertThat(row.locator(".state")).hasText("Off");
        assertThat(row.locator(".badge")).hasText("Off");
        assertThat(page.evaluate("window.notReloaded")).isEqualTo(true);
        long id = fixture.count("SELECT id FROM sales_channel WHERE name = ?1 AND removed_at IS NULL", name);
        assertThat(fixture.count("SELECT count(*) FROM sales_channel WHERE id = ?1 AND NOT active", id)).isEqualTo(1);
    }

    @Test
    void eachTabOfTheFormShowsItsFieldsAndTheBrandSaysWhatItFallsBackTo() {
        long channel = fixture.create(StoreSpec.of("Tabs", 10, 3), true).channelId();
        Page page = browser.page(1280, 1000);
        SignIn.as(page, Browser.base(root), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        page.navigate(Browser.base(root) + "/settings/sales-channels/" + channel);
        Browser.screenshot(page, "channel-form-settings");

        for (String[] tab : new String[][] {{"Stock Control", "Auto Sync Stock"}, {"Brand", "Accent colour"},
                {"Commercial Invoice", "EORI number"}, {"Despatch Emails", "Subject line"},
                {"Feedback Emails", "Feedback page URL"}}) {
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab[0])).click();
            assertThat(page.getByLabel(tab[1], new Page.GetByLabelOptions().setExact(true))).isVisible();
            Browser.screenshot(page, "channel-form-" + tab[0].toLowerCase().replace(' ', '-'));
        }
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Brand")).click();
        assertThat(page.locator("#brand\\.name").locator("xpath=..")).containsText("from General Settings");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Brand")).press("ArrowRight");
        assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Commercial Invoice")))
                .hasAttribute("aria-selected", "true");
    }

    @Test
    void theListAndTheFormFitA1280pxScreenAndATablet() {
        long channel = fixture.create(StoreSpec.of("Fits", 10, 3), true).channelId();
        for (int[] size : new int[][] {{1280, 900}, {1024, 768}, {768, 1024}}) {
            Page page = browser.page(size[0], size[1]);
            SignIn.as(page, Browser.base(root), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
            for (String path : List.of("/settings/sales-channels", "/settings/sales-channels/" + channel)) {
                page.navigate(Browser.base(root) + path);
                if (size[0] == 768) {
                    Browser.screenshot(page, path.endsWith("channels") ? "sales-channels-list-tablet" : "channel-form-tablet");
                }
                String where = path + " at " + size[0] + " px";
                assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                        .as(where + ": no sideways scrolling").isTrue();
                assertThat((Boolean) page.evaluate("[...document.querySelectorAll('.card')]"
                        + ".every(card => card.scrollWidth <= card.clientWidth + 1)"))
                        .as(where + ": nothing cut off inside a card").isTrue();
            }
        }
    }

    @Test
    void theSignInPageNamesAWrongPassword() {
        Page page = browser.page(1280, 720);
        page.navigate(Browser.base(root) + "/login");
        Browser.screenshot(page, "sign-in");

        page.getByLabel("Username").fill(TestUsers.ADMIN);
        page.getByLabel("Password").fill("not it");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page.locator(".error-summary")).containsText("The username or password is not right");
    }
}
