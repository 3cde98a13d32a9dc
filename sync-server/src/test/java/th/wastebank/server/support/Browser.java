package th.wastebank.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven through chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}, or {@code -Dwb.chromium} / {@code -Dwb.chromedriver}), with a fresh
 * profile of its own. One Chromium serves every browser test class of a test JVM (starting one costs
 * seconds): {@link #open} hands a class a view of it for its server's pages, and {@link #close} leaves
 * it as a fresh one would be (no cookies, no scripts added, the first window size) for the next class.
 * Where no browser is installed, {@link #assumeInstalled} skips the calling tests with a JUnit
 * assumption that says what to install; under CI ({@link Prerequisites}) it fails them instead.
 */
public final class Browser implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** How often {@link #waitUntil} looks again (Selenium's 500 ms made each wait cost half a second). */
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Dimension WINDOW = new Dimension(1280, 1000);
    private static Chromium chromium;

    private final ChromeDriver driver;
    private final String base;
    private final List<String> addedScripts = new ArrayList<>();

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The Chromium of this JVM and its profile directory, quit when the JVM ends. */
    private record Chromium(ChromeDriver driver, Path profile) {
        boolean alive() {
            try {
                driver.getWindowHandle();
                return true;
            } catch (WebDriverException e) {
                return false;
            }
        }

        void quit() {
            try {
                driver.quit();
            } catch (WebDriverException e) {
                // already gone
            } finally {
                delete(profile);
            }
        }
    }

    private static Path chromium() {
        return Path.of(System.getProperty("wb.chromium", "/usr/bin/chromium"));
    }

    private static Path chromedriver() {
        return Path.of(System.getProperty("wb.chromedriver", "/usr/bin/chromedriver"));
    }

    /** Whether Chromium and chromedriver are installed here. */
    public static boolean installed() {
        return Files.isExecutable(chromium()) && Files.isExecutable(chromedriver());
    }

    /**
     * Skips the calling test, saying what to install, when there is no browser (fails it under CI).
     * Call it in {@code @BeforeEach}: an assumption that fails in {@code @BeforeAll} makes Surefire
     * report the class as run with no tests at all, not as skipped.
     */
    public static void assumeInstalled() {
        Prerequisites.require(installed(), "Browser test skipped: no Chromium at " + chromium()
                + " or no chromedriver at " + chromedriver()
                + " (apt-get install chromium chromium-driver, or set -Dwb.chromium and -Dwb.chromedriver)");
    }

    /**
     * The browser for pages of {@code baseUrl}: this JVM's Chromium, started the first time (or again
     * if it died). The calling test is skipped when none is installed.
     */
    public static synchronized Browser open(String baseUrl) {
        assumeInstalled();
        if (chromium == null || !chromium.alive()) {
            if (chromium != null) {
                chromium.quit();
            } else {
                Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitChromium, "chromium-quit"));
            }
            chromium = start();
        }
        return new Browser(chromium.driver(), baseUrl);
    }

    private static synchronized void quitChromium() {
        if (chromium != null) {
            chromium.quit();
            chromium = null;
        }
    }

    private static Chromium start() {
        Path chromium = chromium();
        Path chromedriver = chromedriver();
        Path profile;
        try {
            profile = Files.createTempDirectory("wb-chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(),
                "--user-data-dir=" + profile);
        Path log = Path.of(System.getProperty("wb.test.data.dir", "target/test-data")).resolve("chromedriver.log");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(log.toFile())
                .build();
        try {
            Files.createDirectories(log.getParent());
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Chromium(driver, profile);
        } catch (IOException e) {
            delete(profile);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Runs {@code script} in every page opened from now on, before the page's own scripts (through
     * the DevTools protocol, so the page's Content-Security-Policy does not apply to it).
     */
    public Browser beforeEachPage(String script) {
        Map<String, Object> added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", script));
        addedScripts.add((String) added.get("identifier"));
        return this;
    }

    /** From now on, keeps each page's Content-Security-Policy violations for {@link #cspViolations()}. */
    public Browser recordCspViolations() {
        return beforeEachPage("window.wbCspViolations = []; document.addEventListener('securitypolicyviolation',"
                + " function (e) { window.wbCspViolations.push(e.effectiveDirective + ' ' + e.blockedURI); });");
    }

    /** What the page's policy refused so far ("script-src-elem inline", ...); see {@link #recordCspViolations()}. */
    @SuppressWarnings("unchecked")
    public List<String> cspViolations() {
        return (List<String>) js("return window.wbCspViolations || ['not recording']");
    }

    /** Opens a path of the server, as if typed into the address bar. */
    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in through the sign-in form and waits until the browser has left it. */
    public Browser signIn(String username, String password) {
        go("/login");
        type("#username", username);
        type("#password", password);
        click("#signin");
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    /** Presses the sign-out button in the page's bar and waits for the sign-in page. */
    public Browser signOut() {
        click("header form[action='/logout'] button");
        waitUntil(d -> d.getCurrentUrl().contains("/login"));
        return this;
    }

    /** Forgets every cookie of the server (a fresh visitor). */
    public Browser forgetCookies() {
        go("/static/css/app.css");
        driver.manage().deleteAllCookies();
        return this;
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public void addCookie(Cookie cookie) {
        driver.manage().addCookie(cookie);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    public void click(String css) {
        find(css).click();
    }

    /**
     * Saves what the browser shows as {@code name}.png in the folder named by {@code -Dwb.screenshots}
     * (the README's dashboard pictures: {@code scripts/dashboard-screenshots.sh}); without it, nothing.
     * The window is stretched to the whole page for the picture and its charts are let redraw.
     */
    public void snapshot(String name) {
        String dir = System.getProperty("wb.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Dimension window = driver.manage().window().getSize();
        try {
            long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 4000)));
            Thread.sleep(1200);
            Path file = Path.of(dir).resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** The page as the browser holds it now (after its scripts ran). */
    public String html() {
        return driver.getPageSource();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * The page's width and the screen's, measured in one layout once the page's web fonts have loaded.
     * Measured apart, or before Sarabun arrives, a page can be short enough for no scrollbar at the first
     * read and tall enough for one at the second, and look 15 px too wide.
     */
    public Widths widths() {
        @SuppressWarnings("unchecked")
        List<Number> w = (List<Number>) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(function () { requestAnimationFrame(function () {"
                + "  var e = document.documentElement; done([e.scrollWidth, e.clientWidth]); }); });");
        return new Widths(w.get(0).longValue(), w.get(1).longValue());
    }

    /** A page's scroll width and its screen's client width, in CSS pixels. */
    public record Widths(long page, long screen) {
        public boolean fit() {
            return page <= screen;
        }

        public String describe(String what) {
            return what + " is " + page + " px wide on a " + screen + " px screen";
        }
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        // a page that reloads (a form posted, a redirect) leaves the elements of the old one stale: look again
        return new WebDriverWait(driver, WAIT, POLL).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /**
     * Hands the browser back for the next class as a fresh one would be: the scripts this class added
     * taken off, every cookie forgotten, the first window size, an empty page.
     */
    @Override
    public void close() {
        try {
            for (String script : addedScripts) {
                driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
            }
            addedScripts.clear();
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.manage().window().setSize(WINDOW);
            driver.get("about:blank");
        } catch (WebDriverException e) {
            // a Chromium that died is started again by the next open()
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a profile left behind in the temporary directory is harmless
        }
    }
}
