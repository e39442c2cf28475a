package io.rechargechannel.browser;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rechargechannel.testing.Floor;
import io.rechargechannel.testing.SandboxChannels;
import io.rechargechannel.testing.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a person works on fits a 1280 px screen, a tablet in landscape (1024 px) and in portrait (768 px):
 * no sideways scrolling of the page, nothing cut off inside a card (a wide table may scroll inside its card only
 * where it says so with the class {@code scrolls}).
 */
@QuarkusTest
class PagesFitTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @TestHTTPResource("/")
    URL root;

    @Inject
    Floor floor;

    @Test
    void everyPageFitsTheScreenAndATablet() {
        SandboxChannels.Linked linked = floor.channel("Fits everywhere", 30, 4, 61);
        long order = floor.ordersWithSkus(linked.channelId(), "ALLOCATED").get(0);
        List<String> paths = List.of("/orders", "/orders/" + order, "/orders/" + order + "/despatch",
                "/orders/despatch/upload", "/stock", "/emails", "/status", "/settings/general", "/settings/warehouses",
                "/settings/users", "/settings/audit", "/settings/emails", "/settings/sales-channels/new");
        List<String> misfits = new ArrayList<>();
        for (int width : new int[] {1280, 1024, 768}) {
            Page page = browser.page(width, 1000);
            SignIn.as(page, Browser.base(root), TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
            for (String path : paths) {
                page.navigate(Browser.base(root) + path);
                if (width == 768 && path.equals("/orders")) {
                    Browser.screenshotOfScreen(page, "orders-board-tablet");
                }
                if (!(Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")) {
                    misfits.add(path + " at " + width + " px scrolls sideways");
                }
                Object cut = page.evaluate("Math.max(0, ...[...document.querySelectorAll('.card:not(.scrolls)')]"
                        + ".map(card => card.scrollWidth - card.clientWidth))");
                if (((Number) cut).intValue() > 1) {
                    misfits.add(path + " at " + width + " px cuts " + cut + " px off a card");
                    Browser.screenshot(page, "misfit-" + width + path.replace('/', '-'));
                }
            }
        }
        assertThat(misfits).isEmpty();
    }
}
