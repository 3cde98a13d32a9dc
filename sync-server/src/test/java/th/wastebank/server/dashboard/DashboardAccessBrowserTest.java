package th.wastebank.server.dashboard;

import java.util.List;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.wastebank.server.dashboard.DashboardFixture.DISTRICT_3609;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI_NAME;
import static th.wastebank.server.dashboard.DashboardFixture.NAIMUEANG;
import static th.wastebank.server.dashboard.DashboardFixture.NAIMUEANG_NAME;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK_NAME;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.PASSWORD;
import static th.wastebank.server.dashboard.DashboardFixture.PROVINCE_36;
import static th.wastebank.server.dashboard.DashboardFixture.RAHAENG;
import static th.wastebank.server.dashboard.DashboardFixture.RAHAENG_NAME;

/**
 * Each officer sees their own area and nothing else in a real browser: the pages they reach by
 * clicking hold no other area, and an address typed for another area shows the 403 page, with
 * none of that area's names, codes or figures in it.
 */
@MicronautTest(transactional = false)
class DashboardAccessBrowserTest extends DashboardBrowserTestBase {
    private static final String FORBIDDEN = "ท่านไม่มีสิทธิ์ดูข้อมูลของพื้นที่นี้";

    @Override
    String schema() {
        return "wastebank_web_access";
    }

    @Test
    void aDistrictOfficerSeesTheirDistrictAndIsRefusedAnotherDistrictAndItsOrgs() {
        browser.signIn(DISTRICT_3609, PASSWORD);
        assertEquals("/web/districts/3609", browser.path());
        String home = browser.html();
        assertTrue(home.contains(NAYANGKLAK_NAME) && home.contains(HUAI_NAME), "their own district's orgs");
        assertNoneOf(home, NAIMUEANG, NAIMUEANG_NAME, RAHAENG, RAHAENG_NAME);
        assertTrue(browser.all("a[href='/web/nation'], a[href^='/web/provinces/']").isEmpty(),
                "no link up to the province or nation");

        for (String typed : List.of("/web/districts/3601", "/web/orgs/" + NAIMUEANG, "/web/orgs/" + NAIMUEANG + "/review",
                "/web/provinces/36", "/web/nation", "/web/audit", "/web/map.json?area=3601")) {
            assertForbidden(typed, NAIMUEANG, NAIMUEANG_NAME, "เมืองชัยภูมิ", RAHAENG, RAHAENG_NAME);
        }
        browser.go("/web/orgs/" + NAYANGKLAK);
        assertEquals(NAYANGKLAK_NAME, browser.text("#org-title"), "an org of their own district opens");
        assertTrue(browser.all("#create-code").isEmpty(), "phones are managed by the org's own staff");
    }

    @Test
    void anOrgOfficerSeesTheirOrgAndIsRefusedAnotherOrgEvenInTheSameDistrict() {
        browser.signIn(ORG_NAYANGKLAK, PASSWORD);
        assertEquals("/web/orgs/" + NAYANGKLAK, browser.path());
        assertNoneOf(browser.html(), HUAI, HUAI_NAME, NAIMUEANG_NAME, RAHAENG_NAME);
        assertTrue(browser.all("a[href='/web/districts/3609']").isEmpty(), "no link up to the district");

        for (String typed : List.of("/web/orgs/" + HUAI, "/web/orgs/" + HUAI + "/review", "/web/districts/3609",
                "/web/provinces/36", "/web/nation", "/web/map.json?area=3609")) {
            assertForbidden(typed, HUAI, HUAI_NAME, "ห้วยยายจิ๋ว", "1.000");
        }
    }

    @Test
    void aProvinceOfficerSeesTheirProvinceAndIsRefusedAnotherProvince() {
        browser.signIn(PROVINCE_36, PASSWORD);
        assertEquals("/web/provinces/36", browser.path());
        assertNoneOf(browser.html(), RAHAENG, RAHAENG_NAME, "ตาก");
        browser.go("/web/districts/3601");
        assertEquals("อำเภอเมืองชัยภูมิ", browser.text("#area-title"), "a district of their own province opens");

        for (String typed : List.of("/web/provinces/63", "/web/districts/6301", "/web/orgs/" + RAHAENG,
                "/web/orgs/" + RAHAENG + "/review", "/web/nation", "/web/map.json?area=63", "/web/map.json")) {
            assertForbidden(typed, RAHAENG, RAHAENG_NAME, "ตาก");
        }
    }

    /** Types the address; expects the 403 page in Thai and none of the other area's data. */
    private void assertForbidden(String typed, String... secrets) {
        browser.go(typed);
        assertEquals("403", browser.text("h1"), typed);
        assertEquals(FORBIDDEN, browser.text("#error-message"), typed);
        assertNoneOf(browser.html(), secrets);
    }

    private static void assertNoneOf(String html, String... secrets) {
        for (String secret : secrets) {
            assertFalse(html.contains(secret), "the page shows '" + secret + "'");
        }
    }
}
