package th.wastebank.server.dashboard;

import java.util.List;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI_NAME;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK_NAME;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.PASSWORD;

/**
 * The public pages in a real Chromium (ADR 0023): the อปท.'s officer switches the page on from the
 * อปท. page and follows its link; a visitor without sign-in reads the อปท.'s page and its province's
 * on a 360-pixel-wide phone without scrolling sideways; switched off, the page is the Thai
 * "not found" page again.
 */
@MicronautTest(transactional = false)
class PublicPagesBrowserTest extends DashboardBrowserTestBase {
    private static final int PHONE_WIDTH = 360;

    @Override
    String schema() {
        return "wastebank_web_public";
    }

    @Test
    void theOfficerPublishesAndAVisitorReadsBothPagesOnA360PixelPhone() {
        browser.signIn(ORG_NAYANGKLAK, PASSWORD);
        browser.go("/web/orgs/" + NAYANGKLAK);
        assertTrue(browser.all("#public-page-link").isEmpty(), "no link before the page is published");
        assertEquals("ยังไม่เผยแพร่", browser.text("#public-page-off"));
        browser.click("#public-page-switch");
        browser.waitUntil(d -> !browser.all("#public-page-link").isEmpty());
        assertEquals("/p/" + NAYANGKLAK, browser.find("#public-page-link").getAttribute("pathname"));
        assertEquals("หยุดเผยแพร่", browser.text("#public-page-switch"));
        browser.forgetCookies();

        phoneWindow(PHONE_WIDTH, 800);
        browser.go("/p/" + NAYANGKLAK);
        assertEquals(NAYANGKLAK_NAME, browser.text("#public-title"));
        assertEquals("3", browser.text("#public-members"));
        assertEquals("17.750", browser.text("#public-kg-month"));
        assertEquals(12, browser.all("#public-months tbody tr").size());
        assertTrue(browser.text("#public-products").contains("ตะกร้าสานลายผ้าทอ"));
        assertFalse(browser.html().contains("นางสมศรี"), "no member's name");
        assertNarrowAndFitting("/p/" + NAYANGKLAK);
        browser.snapshot("web-09-public-org-360");
        assertTrue(browser.driver().manage().getCookies().isEmpty(), "a visitor gets no cookie");

        browser.click("#province-link");
        browser.waitUntil(d -> browser.path().equals("/p/province/36"));
        assertEquals("ธนาคารขยะชุมชนจังหวัดชัยภูมิ", browser.text("#public-title"));
        assertEquals(List.of(NAYANGKLAK_NAME), browser.all(".public-org-link").stream().map(e -> e.getText()).toList());
        assertFalse(browser.html().contains(HUAI_NAME), "an unpublished อปท. is not listed");
        assertNarrowAndFitting("/p/province/36");
        browser.snapshot("web-10-public-province-360");
        browser.click(".public-org-link");
        browser.waitUntil(d -> browser.path().equals("/p/" + NAYANGKLAK));
    }

    @Test
    void switchedOffThePageIsTheThaiNotFoundPageAgain() {
        browser.signIn(ORG_NAYANGKLAK, PASSWORD);
        browser.go("/web/orgs/" + NAYANGKLAK);
        if (browser.all("#public-page-link").isEmpty()) {
            browser.click("#public-page-switch");
            browser.waitUntil(d -> !browser.all("#public-page-link").isEmpty());
        }
        browser.click("#public-page-switch");
        browser.waitUntil(d -> !browser.all("#public-page-off").isEmpty());
        browser.forgetCookies();
        browser.go("/p/" + NAYANGKLAK);
        assertEquals("ไม่พบหน้าที่ต้องการ", browser.text("#error-message"));
        browser.go("/p/province/36");
        assertEquals("ไม่พบหน้าที่ต้องการ", browser.text("#error-message"));
    }

    /** The window really is 360 CSS pixels wide and the page fits it. */
    private void assertNarrowAndFitting(String page) {
        long inner = ((Number) browser.js("return window.innerWidth")).longValue();
        assertEquals(PHONE_WIDTH, inner, "the window's width");
        Browser.Widths widths = browser.widths();
        assertTrue(widths.fit(), widths.describe(page));
    }
}
