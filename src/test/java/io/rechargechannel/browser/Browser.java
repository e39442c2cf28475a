package io.rechargechannel.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One headless Chromium per test class ({@code @RegisterExtension static Browser browser = new Browser()}), and a
 * fresh context (cookies and all) per {@link #page()}: each test is a new person at a new browser.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage");

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        playwright = Playwright.create(new Playwright.CreateOptions());
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromiumExecutable()).setHeadless(true).setArgs(FLAGS));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A new person, at 1280 × 900 unless told otherwise. */
    public Page page() {
        return page(1280, 900);
    }

    public Page page(int width, int height) {
        BrowserContext context = chromium.newContext(new NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(10_000);
        return context.newPage();
    }

    /** The application's address without its trailing slash, from a test's {@code @TestHTTPResource("/")}. */
    public static String base(java.net.URL root) {
        return root.toString().replaceAll("/$", "");
    }

    /** A full-page screenshot, named for what it shows. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshotFile(name)).setFullPage(true));
    }

    /** What fits on the screen, as a person first sees the page. */
    public static void screenshotOfScreen(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshotFile(name)));
    }

    private static Path screenshotFile(String name) {
        Path folder = Path.of(System.getProperty("screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.resolve(name + ".png");
    }

    /** Debian's chromium: on PATH once {@code apt-get install chromium} has run (as .ci/run does). */
    private static Path chromiumExecutable() {
        return Stream.of(System.getenv("PATH").split(":"))
                .flatMap(dir -> Stream.of(Path.of(dir, "chromium"), Path.of(dir, "chromium-browser")))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No chromium on PATH: install Debian's package with "
                        + "'apt-get install -y chromium' (.ci/run does)"));
    }
}
