package io.rechargechannel.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A warehouse user lands on the board and never sees Settings; typing its address says they lack access. */
@QuarkusTest
class WarehouseUserBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aWarehouseUserDoesNotSeeSettings() {
        String base = root.toString().replaceAll("/$", "");
        Page page = browser.page();
        SignIn.as(page, base, TestUsers.WAREHOUSE, TestUsers.DEMO_PASSWORD);

        assertThat(page).hasURL(base + "/orders");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))).containsText("Orders");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings"))).hasCount(0);

        page.navigate(base + "/settings/sales-channels");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("You don't have access to this page");
    }
}
