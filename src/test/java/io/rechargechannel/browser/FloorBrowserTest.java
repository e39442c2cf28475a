package io.rechargechannel.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.Floor;
import io.rechargechannel.testing.SandboxChannels;
import io.rechargechannel.testing.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The warehouse floor in a browser: despatch an order, see the stock move, print a pick list and a packing slip. */
@QuarkusTest
class FloorBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @TestHTTPResource("/")
    URL root;

    @Inject
    Floor floor;

    @Test
    void anOrderIsDespatchedFromItsFormAndTheStockPageShowsTheMovement() {
        SandboxChannels.Linked linked = floor.channel("Browser despatch", 20, 4, 51);
        long order = floor.ordersWithSkus(linked.channelId(), "ALLOCATED").get(0);
        String sku = floor.firstSku(order);
        String base = Browser.base(root);
        Page page = browser.page();
        signIn(page, base);

        page.navigate(base + "/orders/" + order + "/despatch");
        page.getByLabel("Tracking number").fill("AB!");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Despatch")).click();
        assertThat(page.locator("#trackingNumber-error")).containsText("4 to 40 characters");
        page.getByLabel("Carrier").selectOption("royal-mail");
        page.getByLabel("Tracking number").fill("RM 1234 5678 GB");
        Browser.screenshot(page, "despatch-form");
        // Off to the order page (the board's, built alongside: on this branch alone it is not there yet).
        page.waitForRequest(base + "/orders/" + order,
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Despatch")).click());

        assertThat(floor.count("SELECT count(*) FROM orders WHERE id = ?1 AND fulfilment_status = 'DESPATCHED' "
                + "AND tracking_number = 'RM 1234 5678 GB'", order)).isOne();
        // The order page names the carrier as the despatch recorded it and links the tracking number.
        assertThat(page.locator(".notice-ok")).containsText("with Royal Mail");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("RM 1234 5678 GB")))
                .hasAttribute("href", "https://www.royalmail.com/track-your-item#/tracking-results/RM%201234%205678%20GB");
        page.waitForTimeout(300); // the confirmation slides in
        Browser.screenshotOfScreen(page, "order-page-despatched");
        page.navigate(base + "/orders/" + order + "/despatch");
        assertThat(page.getByText("Already despatched")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Track the parcel")))
                .hasAttribute("href", "https://www.royalmail.com/track-your-item#/tracking-results/RM%201234%205678%20GB");

        page.navigate(base + "/stock?q=" + sku);
        assertThat(page.locator("table.stock-table")).containsText(sku);
        page.getByLabel("Quantity").fill("30");
        page.getByLabel("Reason").fill("Delivery note 4711");
        page.getByLabel("SKU", new Page.GetByLabelOptions().setExact(true)).fill(sku);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save adjustment")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Goods received for " + sku + " saved");
        page.navigate(base + "/stock");
        Browser.screenshot(page, "stock-page");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(sku).setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(sku);
        assertThat(page.locator("tbody")).containsText("Despatched");
        assertThat(page.locator("tbody")).containsText("Goods received");
        assertThat(page.locator("tbody")).containsText("Delivery note 4711");
    }

    @Test
    void thePickListAddsUpTheChosenOrdersPerSkuAndThePackingSlipCarriesTheBrand() {
        SandboxChannels.Linked linked = floor.channel("Browser pick", 30, 2, 52);
        List<Long> orders = floor.ordersWithSkus(linked.channelId(), "ALLOCATED").subList(0, 4);
        String sku = floor.firstSku(orders.get(0));
        long units = orders.stream().mapToLong(o -> floor.units(o, sku)).sum();
        String base = Browser.base(root);
        Page page = browser.page();
        signIn(page, base);

        page.navigate(base + "/orders/pick-list?" + String.join("&", orders.stream().map(o -> "orderId=" + o).toList()));
        var row = page.locator("table.pick-list tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(sku));
        assertThat(row.locator("td.pick-qty")).hasText(String.valueOf(units));
        Browser.screenshot(page, "pick-list");

        page.navigate(base + "/orders/" + orders.get(0) + "/packing-slip");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Packing slip"))).isVisible();
        assertThat(page.locator(".slip-lines")).containsText(sku);
        Browser.screenshot(page, "packing-slip");
    }

    @Test
    void aCsvFileIsUploadedAndTheReportSaysWhichRowsWent() {
        SandboxChannels.Linked linked = floor.channel("Browser upload", 20, 3, 53);
        floor.execute("UPDATE orders SET external_order_number = 'UP' || id, external_order_name = '#UP' || id "
                + "WHERE channel_id = ?1", linked.channelId());
        List<Long> ready = floor.ordersWithSkus(linked.channelId(), "ALLOCATED");
        String csv = "order number,carrier,tracking number\nUP" + ready.get(0) + ",Evri,H00001111222233\nUP0,Evri,H00001111222234\n";
        String base = Browser.base(root);
        Page page = browser.page();
        signIn(page, base);

        page.navigate(base + "/orders/despatch/upload");
        page.getByLabel("CSV file").setInputFiles(new FilePayload("despatch.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Despatch these orders")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Despatch file report");
        assertThat(page.locator("main")).containsText("1 despatched, 1 not despatched");
        assertThat(page.locator("main")).containsText("There is no order UP0");
        assertThat(floor.count("SELECT count(*) FROM orders WHERE id = ?1 AND fulfilment_status = 'DESPATCHED'", ready.get(0))).isOne();
    }

    /**
     * Signed in as the admin, whose home page (Sales Channels) is on this branch: a warehouse user lands on the
     * board, built alongside; the access table proves the warehouse role may use every page here.
     */
    private static void signIn(Page page, String base) {
        SignIn.as(page, base, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    }
}
