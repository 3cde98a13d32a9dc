package th.wastebank.server.dashboard;

import java.util.List;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import th.wastebank.server.support.Browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.wastebank.server.dashboard.DashboardFixture.DISTRICT_3609;
import static th.wastebank.server.dashboard.DashboardFixture.NATIONAL;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.PASSWORD;

/**
 * Officers also open the dashboard on their own phones: at a phone's width (390 CSS pixels) every
 * page fits without scrolling sideways (a wide table scrolls inside its own box) and its buttons stay
 * big enough to tap.
 */
@MicronautTest(transactional = false)
class DashboardOnAPhoneBrowserTest extends DashboardBrowserTestBase {
    private static final int PHONE_WIDTH = 390;
    private Dimension desktop;

    @Override
    String schema() {
        return "wastebank_web_phone";
    }

    @BeforeEach
    void phoneSizedWindow() {
        desktop = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
    }

    @AfterEach
    void desktopWindow() {
        if (browser != null && desktop != null) {
            browser.driver().manage().window().setSize(desktop);
        }
    }

    @Test
    void theNationProvinceDistrictAndReportPagesFitAPhonesWidth() {
        browser.signIn(NATIONAL, PASSWORD);
        for (String page : List.of("/web/nation", "/web/provinces/36", "/web/districts/3609",
                "/web/reports/progress?area=3609", "/web/reports/late?area=36", "/web/audit", "/web/staff")) {
            browser.go(page);
            assertFitsTheWidth(page);
        }
    }

    @Test
    void anOrgsPageItsReviewQueueAndTheBestPracticeFormFitAPhonesWidth() {
        browser.signIn(ORG_NAYANGKLAK, PASSWORD);
        for (String page : List.of("/web/orgs/" + NAYANGKLAK, "/web/orgs/" + NAYANGKLAK + "/review")) {
            browser.go(page);
            assertFitsTheWidth(page);
        }
        browser.forgetCookies();
        browser.signIn(DISTRICT_3609, PASSWORD);
        browser.go("/web/reports/best-practice/3609?org=" + NAYANGKLAK);
        assertFitsTheWidth("best-practice form");
        browser.go("/login");
    }

    @Test
    void theSignInPageFitsAndItsButtonIsEasyToTap() {
        browser.go("/login");
        assertFitsTheWidth("/login");
        long height = ((Number) browser.js("return document.getElementById('signin').getBoundingClientRect().height"))
                .longValue();
        assertTrue(height >= 40, "the sign-in button is " + height + " px high");
    }

    private void assertFitsTheWidth(String page) {
        Browser.Widths widths = browser.widths();
        assertTrue(widths.fit(), widths.describe(page));
    }
}
