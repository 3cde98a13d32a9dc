package th.wastebank.server.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;

import th.wastebank.server.support.Browser;

/**
 * A dashboard test class in a real headless Chromium: one browser and one fixture country for the
 * class, a visitor without cookies for each test, every test skipped (with the reason) where no
 * Chromium is installed.
 */
abstract class DashboardBrowserTestBase extends DashboardTestBase {
    Browser browser;
    DashboardFixture country;
    private Dimension desktop;

    @BeforeAll
    void browserAndCountry() {
        if (Browser.installed()) {
            browser = Browser.open(base());
            country = buildCountry();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshVisitor() {
        Browser.assumeInstalled();
        browser.forgetCookies();
    }

    /** Narrows the window to a phone's size until the test ends. */
    void phoneWindow(int width, int height) {
        if (desktop == null) {
            desktop = browser.driver().manage().window().getSize();
        }
        browser.driver().manage().window().setSize(new Dimension(width, height));
    }

    @AfterEach
    void desktopWindow() {
        if (browser != null && desktop != null) {
            browser.driver().manage().window().setSize(desktop);
            desktop = null;
        }
    }
}
