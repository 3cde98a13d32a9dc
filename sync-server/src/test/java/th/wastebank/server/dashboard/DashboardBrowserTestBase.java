package th.wastebank.server.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import th.wastebank.server.support.Browser;

/**
 * A dashboard test class in a real headless Chromium: one browser and one fixture country for the
 * class, a visitor without cookies for each test, every test skipped (with the reason) where no
 * Chromium is installed.
 */
abstract class DashboardBrowserTestBase extends DashboardTestBase {
    Browser browser;
    DashboardFixture country;

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
}
