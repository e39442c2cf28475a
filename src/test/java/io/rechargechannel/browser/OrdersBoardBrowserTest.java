package io.rechargechannel.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.sandbox.StoreSpec;
import io.rechargechannel.sync.ChannelSync;
import io.rechargechannel.sync.SyncTrigger;
import io.rechargechannel.testing.SandboxChannels;
import io.rechargechannel.testing.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The warehouse's board in Chromium: an order created in the sandbox appears on an open board without a reload,
 * the search finds it, and its page holds and releases it.
 */
@QuarkusTest
class OrdersBoardBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @TestHTTPResource("/")
    URL root;

    @Inject
    SandboxChannels fixture;

    @Inject
    ChannelSync sync;

    @Test
    void aNewOrderAppearsOnTheOpenBoardAndCanBeFoundHeldAndReleased() {
        String base = root.toString().replaceAll("/$", "");
        SandboxChannels.Linked linked = fixture.create(StoreSpec.of("Floor", 25, 5).withSeed(41), true);
        stockAndInvoiceFor(linked);
        sync.run(linked.channelId(), SyncTrigger.MANUAL);
        Page page = browser.page();
        SignIn.as(page, base, TestUsers.WAREHOUSE, TestUsers.DEMO_PASSWORD);
        assertThat(page).hasURL(base + "/orders");
        assertThat(page.locator("tbody tr")).not().hasCount(0);
        page.waitForTimeout(500); // the event stream opens

        List<Long> added = linked.store().addOrders(3);
        sync.run(linked.channelId(), SyncTrigger.MANUAL);
        long id = fixture.count("SELECT id FROM orders WHERE channel_id = ?1 AND recharge_order_id = ?2",
                linked.channelId(), added.get(2));
        Locator row = page.locator("#order-" + id);
        assertThat(row).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("new orders")))
                .containsText("3 new orders");
        String number = row.locator(".cell-title").textContent().strip();
        Browser.screenshot(page, "orders-board");

        page.getByLabel("Search").fill(number);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        assertThat(page.locator("#order-" + id)).isVisible();
        assertThat(page.locator("tbody tr")).hasCount(1);

        page.locator("#order-" + id + " .cell-title").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(number);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Put on hold")).click();
        assertThat(page.locator(".error-message")).containsText("Say why the order is on hold");
        page.getByLabel("Reason").fill("Customer phoned: wait for the new address");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Put on hold")).click();
        assertThat(page.locator("h1 .status")).hasText("On hold");
        assertThat(page.locator(".timeline")).containsText("Put on hold: Customer phoned: wait for the new address");
        Browser.screenshot(page, "order-page");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Release")).click();
        assertThat(page.locator("h1 .status")).hasText("Allocated");
        assertThat(page.locator(".timeline")).containsText("Released");
    }

    /** A warehouse as it is on a normal day: customs details filled in, most SKUs on the shelf, one running out. */
    private void stockAndInvoiceFor(SandboxChannels.Linked linked) {
        fixture.execute("UPDATE sales_channel SET invoice_company_name = 'Kestrel Goods Ltd', invoice_address = '1 Mill Lane, Leeds', "
                + "invoice_eori = 'GB123456789000', invoice_country_of_origin = 'GB', invoice_hs_code = '090121', "
                + "invoice_reason_for_export = 'SALE', invoice_terms_of_sale = 'DDP' WHERE id = ?1", linked.channelId());
        List<String> skus = linked.store().products().stream().flatMap(p -> p.variants().stream()).map(v -> v.sku()).toList();
        for (int i = 0; i < skus.size(); i++) {
            fixture.execute("INSERT INTO stock_level (warehouse_id, sku, on_hand, allocated, updated_at) SELECT warehouse_id, ?2, ?3, 0, now() "
                    + "FROM sales_channel WHERE id = ?1 ON CONFLICT (warehouse_id, sku) DO UPDATE SET on_hand = EXCLUDED.on_hand",
                    linked.channelId(), skus.get(i), i == 0 ? 2 : 500);
            // a stock count as the ledger tells it, so that on hand stays the sum of its movements
            fixture.execute("INSERT INTO stock_movement (warehouse_id, sku, kind, on_hand_delta, allocated_delta, reason, actor, at) "
                    + "SELECT l.warehouse_id, l.sku, 'COUNT', l.on_hand - coalesce((SELECT sum(m.on_hand_delta) FROM stock_movement m "
                    + "WHERE m.warehouse_id = l.warehouse_id AND m.sku = l.sku), 0), 0, 'Stock count', 'test', now() "
                    + "FROM stock_level l JOIN sales_channel c ON c.warehouse_id = l.warehouse_id WHERE c.id = ?1 AND l.sku = ?2",
                    linked.channelId(), skus.get(i));
        }
    }
}
