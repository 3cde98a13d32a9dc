package th.wastebank.server.dashboard;

import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Browser;
import th.wastebank.server.support.TestOrgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.wastebank.server.dashboard.DashboardFixture.DISTRICT_3609;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.NATIONAL;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.PASSWORD;

/**
 * The dashboard under its Content-Security-Policy in a real headless Chromium: every page works
 * (chart drawn, map filled, forms there) and the browser refuses nothing on it, and an org whose
 * name is an HTML tag shows that name as text on the map.
 */
@MicronautTest(transactional = false)
class WebDefencesBrowserTest extends DashboardBrowserTestBase {
    private static final String HOSTILE_CODE = "W360904";
    private static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";
    /** Keeps each Leaflet map a page makes, so a test can open its tooltips (Leaflet keeps no list). */
    private static final String KEEP_MAPS = "window.wbMaps = []; (function () { var held;"
            + " Object.defineProperty(window, 'L', {configurable: true, get: function () { return held; },"
            + " set: function (v) { held = v; if (v && v.Map && !v.Map.wbKept) { v.Map.wbKept = true;"
            + " v.Map.addInitHook(function () { window.wbMaps.push(this); }); } }}); })();";

    @Override
    String schema() {
        return "wastebank_web_defences";
    }

    @BeforeAll
    void hostileOrgAndRecording() {
        if (Browser.installed()) {
            TestOrgs.createIn(country.jdbcUrl, HOSTILE_CODE, HOSTILE_NAME, "360904");
            browser.recordCspViolations().beforeEachPage(KEEP_MAPS);
        }
    }

    @Test
    void everyDashboardPageWorksWithTheBrowserRefusingNothingUnderThePolicy() {
        browser.go("/login");
        assertEquals(List.of(), browser.cspViolations(), "sign-in page");
        browser.signIn(NATIONAL, PASSWORD);
        for (String page : List.of("/web/nation", "/web/provinces/36", "/web/districts/3609")) {
            browser.go(page);
            waitForMapPoints();
            assertTrue((Boolean) browser.js("return !!Chart.getChart(document.getElementById('monthly'))"),
                    page + ": the monthly chart is drawn");
            assertEquals(1L, browser.js("return document.querySelectorAll('progress.meter').length > 0 ? 1 : 0"),
                    page + ": the step meters are there");
            assertEquals(List.of(), browser.cspViolations(), page);
        }
        browser.go("/web/orgs/" + NAYANGKLAK);
        browser.waitUntil(d -> Boolean.TRUE.equals(
                browser.js("return !!(window.Chart && Chart.getChart(document.getElementById('monthly')))")));
        assertEquals(List.of(), browser.cspViolations(), "org page");
        for (String page : List.of("/web/orgs/" + HUAI + "/review", "/web/staff", "/web/audit",
                "/web/reports/progress", "/web/reports/late", "/web/reports/best-practice/3609?org=" + NAYANGKLAK,
                "/web/orgs/W999999")) {
            browser.go(page);
            assertFalse(browser.all("main").isEmpty(), page);
            assertEquals(List.of(), browser.cspViolations(), page);
        }
    }

    @Test
    void anOrgNamedLikeAnHtmlTagIsShownAsTextInItsMapTooltip() {
        browser.signIn(DISTRICT_3609, PASSWORD);
        browser.go("/web/districts/3609");
        waitForMapPoints();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tooltips = (List<Map<String, Object>>) browser.js("var out = [];"
                + " window.wbMaps[0].eachLayer(function (l) { if (l.getTooltip && l.getTooltip()) { l.openTooltip();"
                + " var el = l.getTooltip().getElement();"
                + " out.push({text: el.textContent, elements: el.querySelectorAll('img, script').length});"
                + " l.closeTooltip(); } }); return out;");

        Map<String, Object> hostile = tooltips.stream().filter(t -> HOSTILE_NAME.equals(t.get("text"))).findFirst()
                .orElseThrow(() -> new AssertionError("no tooltip reads " + HOSTILE_NAME + ": " + tooltips));
        assertEquals(0L, hostile.get("elements"), "the name is text, not an image tag");
        assertEquals(List.of(), browser.cspViolations());
    }

    private void waitForMapPoints() {
        browser.waitUntil(d -> browser.find("#map").getAttribute("data-points") != null);
    }
}
