package th.wastebank.server.dashboard;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import th.wastebank.server.staff.StaffSessions;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Ops;
import th.wastebank.server.web.Texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.wastebank.server.dashboard.DashboardFixture.DISTRICT_3609;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI_NAME;
import static th.wastebank.server.dashboard.DashboardFixture.NATIONAL;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK_NAME;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.PASSWORD;

/**
 * Every dashboard page in a real headless Chromium, signed in as the officers of the fixture
 * country: Thai text, the numbers of the data pushed through the sync API, the chart and the map,
 * the language switch, pairing codes and revocation, the review queue, the audit log, adding a staff
 * account, signing out.
 */
@MicronautTest(transactional = false)
class DashboardPagesBrowserTest extends DashboardBrowserTestBase {

    @Override
    String schema() {
        return "wastebank_web_pages";
    }

    @Test
    void aNationalOfficerSeesTheNationInThaiWithTheStepsOfEveryOrgAndProvince() {
        browser.signIn(NATIONAL, PASSWORD);

        assertEquals("/web/nation", browser.path());
        assertEquals("th", browser.find("html").getAttribute("lang"));
        assertEquals("ทั้งประเทศ", browser.text("#area-title"));
        assertEquals("English", browser.find("header nav a[href^='/lang/']").getText());
        assertEquals(List.of("2", "1", "1", "0", "0"), stepCounts());
        assertTrue(browser.text("#steps").contains("ขั้นที่ 1 ประชุม/เลือกรูปแบบรายได้"), browser.text("#steps"));
        assertTrue(browser.text("main").contains("4 อปท. ในพื้นที่ · ของเป้าหมาย = 7,766"), browser.text("main"));
        assertEquals(List.of("ชัยภูมิ 2 1 1 0 0 3", "ตาก 0 0 0 0 0 1"), rows("#parts").subList(1, 3));
        assertEquals(List.of(HUAI_NAME, DashboardFixture.RAHAENG_NAME), notReported(),
                "who has not reported in this round");
        browser.snapshot("web-01-nation");
    }

    @Test
    void theMonthlyChartOfEachAreaCarriesTheKilogramsAndBahtPushedThroughTheSyncApi() {
        browser.signIn(NATIONAL, PASSWORD);
        String before = Texts.thai().month(country.monthBefore);
        String now = Texts.thai().month(country.thisMonth);

        // the nation: อบต.นายางกลัก's 5 kg (40 baht) a month and a half ago; 17.75 + 1 kg (104 + 8 baht) this
        // month; the chart's twelve months show the others as zero
        List<?> labels = (List<?>) browser.js("return window.wbMonthly.labels");
        assertEquals(12, labels.size(), labels.toString());
        assertEquals(now, labels.get(11));
        assertEquals(before, labels.get(11 - (int) country.monthBefore.until(country.thisMonth, java.time.temporal.ChronoUnit.MONTHS)));
        assertEquals(List.of(5.0, 18.75), nonZero(numbers(browser.js("return window.wbMonthly.kg"))));
        assertEquals(List.of(40.0, 112.0), nonZero(numbers(browser.js("return window.wbMonthly.baht"))));
        assertEquals(List.of(5.0, 18.75), nonZero(chartKilograms()));

        browser.go("/web/provinces/36");
        assertEquals(List.of(5.0, 18.75), nonZero(numbers(browser.js("return window.wbMonthly.kg"))));
        browser.go("/web/provinces/63");
        assertEquals(null, browser.js("return window.wbMonthly"), "nothing deposited in Tak: no chart");
        browser.go("/web/orgs/" + HUAI);
        assertEquals(List.of(1.0), nonZero(numbers(browser.js("return window.wbMonthly.kg"))));
        assertEquals(List.of(8.0), nonZero(numbers(browser.js("return window.wbMonthly.baht"))));
    }

    @Test
    void theProvinceAndDistrictPagesDrillDownToTheirOrgs() {
        browser.signIn(NATIONAL, PASSWORD);
        browser.find("#parts").findElement(By.linkText("ชัยภูมิ")).click();

        assertEquals("/web/provinces/36", browser.path());
        assertEquals("จังหวัดชัยภูมิ", browser.text("#area-title"));
        assertEquals(List.of("2", "1", "1", "0", "0"), stepCounts());
        assertTrue(browser.text("main").contains("3 อปท. ในพื้นที่"), browser.text("main"));
        assertEquals(List.of("เมืองชัยภูมิ 1 0 0 0 0 1", "เทพสถิต 1 1 1 0 0 2"), rows("#parts").subList(1, 3));
        assertEquals(List.of(HUAI_NAME), notReported());

        browser.find("#parts").findElement(By.linkText("เทพสถิต")).click();
        assertEquals("/web/districts/3609", browser.path());
        assertEquals("อำเภอเทพสถิต", browser.text("#area-title"));
        assertEquals(List.of("1", "1", "1", "0", "0"), stepCounts());
        assertEquals(List.of(HUAI_NAME + " · · · · · ผลิตภัณฑ์วิดีโอ", NAYANGKLAK_NAME + " ✓ ✓ ✓ · · วิดีโอ"),
                rows("#orgs").subList(1, 3));
        assertEquals(3, rows("#orgs").size(), "only the district's two orgs");
    }

    @Test
    void anOrgPageShowsItsWasteBankFromThePushedDepositsPayoutsAndSteps() {
        browser.signIn(ORG_NAYANGKLAK, PASSWORD);

        assertEquals("/web/orgs/" + NAYANGKLAK, browser.path());
        assertEquals(NAYANGKLAK_NAME, browser.text("#org-title"));
        assertEquals(List.of("2", "3", "17.750", "104.00", "124.00"),
                browser.all("#bank .figure b").stream().map(WebElement::getText).toList(),
                "villages, members, kg and baht this month, members' savings");
        assertTrue(browser.text("#products").contains("ตะกร้าสานลายผ้าทอ"), browser.text("#products"));
        assertEquals(3, browser.all("#video .timeline li").size(), "steps 1 to 3 on the timeline");
        assertTrue(browser.text("#video").contains("ยังไม่มีลิงก์วิดีโอ"));
        assertTrue(browser.text("#devices").contains("โทรศัพท์ทดสอบ"), browser.text("#devices"));
        assertEquals(List.of(5.0, 17.75), nonZero(chartKilograms()));
        // sold 8 kg of cardboard bought at 3 baht a kg and 1 kg of cans bought at 40: 24 + 40 baht of cost
        assertEquals(List.of("77.00", "13.00", "80.00"),
                browser.all("#sales .figure b").stream().map(WebElement::getText).toList(),
                "sold this month, its margin over what the waste cost, and the stock's value (7.5 kg PET 60,"
                        + " 2 kg cardboard 6, 0.25 kg cans 10, 4 kg glass 4 baht)");
        assertEquals(List.of("1", "9.000", "77.00", "64.00", "13.00", "0.000"),
                browser.all("#sale-months tbody tr:first-child td").stream().skip(1).map(WebElement::getText).toList());
        assertEquals(4, browser.all("#stock tbody tr").size(), browser.text("#stock"));
        browser.snapshot("web-02-org");
    }

    @Test
    void aDistrictOfficerFillsTheBestPracticeFormAndDownloadsItAndTheRoundReportsFromTheBrowser() {
        browser.signIn(DISTRICT_3609, PASSWORD);
        browser.click("#report-best-practice");
        assertEquals("/web/reports/best-practice/3609", browser.path());
        browser.find("#bp-org").findElement(By.cssSelector("option[value='" + NAYANGKLAK + "']")).click();
        browser.js("document.getElementById('bp-month').value = arguments[0]", country.thisMonth.toString());
        browser.click("form.choose button[type='submit']");
        browser.waitUntil(d -> !browser.all("#part1").isEmpty());

        assertTrue(browser.text("#v-org").contains(NAYANGKLAK_NAME), browser.text("#v-org"));
        assertEquals(List.of("2", "3", "9", "77.00"), List.of(browser.text("#v-villages"), browser.text("#v-members"),
                browser.text("#v-kg"), browser.text("#v-baht")), "villages, members, and the kg and baht sold this month");
        browser.snapshot("web-03-best-practice");
        assertEquals("200 application/pdf %PDF", download("#bp-pdf"));
        assertEquals("200 application/pdf %PDF", download("#bp-pdf-thai"));
        assertTrue(download("#bp-xlsx").startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet PK"),
                download("#bp-xlsx"));

        browser.go("/web/districts/3609");
        browser.click("#report-progress");
        assertEquals("/web/reports/progress?area=3609", browser.path());
        List<String> rows = rows("#pr-rows");
        assertEquals(3, rows.size(), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.contains(NAYANGKLAK_NAME)), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.contains(HUAI_NAME)), String.join("\n", rows));
        browser.snapshot("web-04-progress-report");
        assertTrue(download("#pr-xlsx").startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet PK"),
                download("#pr-xlsx"));
        assertTrue(download("#pr-csv").startsWith("200 text/csv"), download("#pr-csv"));

        browser.go("/web/districts/3609");
        browser.click("#report-late");
        assertTrue(browser.text("#not-reported").contains(HUAI_NAME), browser.text("#not-reported"));
        assertTrue(download("#late-csv").startsWith("200 text/csv"), download("#late-csv"));
    }

    @Test
    void theLanguageSwitchesToEnglishAndBackToThai() {
        browser.signIn(NATIONAL, PASSWORD);
        browser.find("header nav a[href^='/lang/']").click();
        browser.waitUntil(d -> "en".equals(browser.find("html").getAttribute("lang")));

        assertEquals("/web/nation", browser.path());
        assertEquals("Thailand", browser.text("#area-title"));
        assertTrue(browser.text("#steps").contains("Step 1 meeting, income model"), browser.text("#steps"));
        assertEquals("ภาษาไทย", browser.find("header nav a[href^='/lang/']").getText());
        browser.go("/web/orgs/" + NAYANGKLAK);
        assertTrue(browser.text("#bank").contains("Members"), "the choice is remembered: " + browser.text("#bank"));

        browser.find("header nav a[href^='/lang/']").click();
        browser.waitUntil(d -> "th".equals(browser.find("html").getAttribute("lang")));
        assertEquals("/web/orgs/" + NAYANGKLAK, browser.path());
        assertTrue(browser.text("#bank").contains("สมาชิก"), browser.text("#bank"));
    }

    @Test
    void theMapOfEachAreaGetsAPointForEachOfItsOrgs() {
        browser.signIn(NATIONAL, PASSWORD);
        assertEquals("4", mapPoints());
        browser.go("/web/provinces/36");
        assertEquals("3", mapPoints());
        browser.go("/web/districts/3609");
        assertEquals("2", mapPoints());
    }

    @Test
    void theStaffFormOffersAreasByNameAsTheOfficerTypes() {
        browser.signIn(NATIONAL, PASSWORD);
        browser.go("/web/staff");
        new Select(browser.find("#new-role")).selectByValue("ORG");
        browser.type("#new-scope", "นายางกลัก");
        String wanted = NAYANGKLAK_NAME + " (" + NAYANGKLAK + ")";
        browser.waitUntil(d -> browser.all("#area-options option").stream()
                .anyMatch(o -> wanted.equals(o.getAttribute("value"))));
    }

    @Test
    void anOrgOfficerCreatesAPairingCodeThatPairsAPhoneAndThenRevokesThatPhone() {
        browser.signIn(ORG_NAYANGKLAK, PASSWORD);
        browser.click("#create-code");
        String code = browser.waitUntil(d -> browser.all("#new-code .code").stream().findFirst()
                .map(WebElement::getText).orElse(null));

        assertTrue(Pattern.matches("[A-Z0-9]{4}-[A-Z0-9]{4}", code), code);
        Api.Response paired = api().pairWith(code, "โทรศัพท์เครื่องใหม่");
        assertEquals(200, paired.status(), paired.body());
        Api.Device phone = new Api.Device(UUID.fromString((String) paired.json().get("deviceId")),
                (String) paired.json().get("token"), NAYANGKLAK);

        browser.go("/web/orgs/" + NAYANGKLAK);
        WebElement revoke = deviceRow("โทรศัพท์เครื่องใหม่").findElement(By.cssSelector("button"));
        assertTrue(revoke.getAttribute("class").contains("danger"), "styled as destructive");
        revoke.click();
        browser.waitUntil(d -> !browser.all("#confirm-yes").isEmpty());
        assertTrue(browser.text("#confirm-text").contains("โทรศัพท์เครื่องใหม่"), browser.text("#confirm-text"));
        assertEquals("rgba(198, 40, 40, 1)", browser.find("#confirm-yes").getCssValue("background-color"));
        browser.click("#confirm-yes");
        browser.waitUntil(d -> deviceRow("โทรศัพท์เครื่องใหม่").getText().contains("ยกเลิกแล้ว"));

        Api.Response refused = api().push(phone, List.of(new Ops().member(Ops.newId(), "นายไม่ควรเข้า")));
        assertEquals(401, refused.status(), refused.body());
        assertTrue(refused.body().contains("token-revoked"), refused.body());
        assertFalse(deviceRow("โทรศัพท์ทดสอบ").getText().contains("ยกเลิกแล้ว"), "the other phone still works");
        assertEquals(1, country.count("SELECT COUNT(*) FROM audit_log WHERE action = 'DEVICE_REVOKED' AND username = ?",
                ORG_NAYANGKLAK));
    }

    @Test
    void switchingLanguageRightAfterCreatingAPairingCodeStaysOnTheOrgPage() {
        browser.signIn(ORG_NAYANGKLAK, PASSWORD);
        browser.click("#create-code");
        browser.waitUntil(d -> !browser.all("#new-code").isEmpty());

        browser.find("header nav a[href^='/lang/']").click();
        browser.waitUntil(d -> "en".equals(browser.find("html").getAttribute("lang")));
        assertEquals("/web/orgs/" + NAYANGKLAK, browser.path());
        assertEquals(NAYANGKLAK_NAME, browser.text("#org-title"));
    }

    @Test
    void aNegativeBalanceFlagIsResolvedFromTheReviewQueueWithANote() {
        browser.signIn(ORG_HUAI, PASSWORD);
        WebElement link = browser.find("a[href='/web/orgs/" + HUAI + "/review']");
        assertEquals("รายการรอตรวจสอบ (1)", link.getText());
        link.click();

        assertEquals("ยอดเงินติดลบ", browser.text(".flag h3"));
        browser.click(".flag details.raw summary");
        assertTrue(browser.text(".flag pre").contains("\"balance\":-800"), browser.text(".flag pre"));
        String note = "โทรหาสมาชิกแล้ว จะคืนเงิน 8 บาทในวันฝากครั้งหน้า";
        browser.type(".flag textarea[name='note']", note);
        browser.click(".flag button[type='submit']");
        browser.waitUntil(d -> !browser.all("#no-flags").isEmpty());

        assertEquals("ไม่มีรายการรอตรวจสอบ", browser.text("#no-flags"));
        assertEquals(note, country.string("SELECT f.resolution_note FROM review_flag f JOIN org o ON o.id = f.org_id"
                + " WHERE o.code = ? AND f.kind = 'NEGATIVE_BALANCE'", HUAI));
        assertEquals(ORG_HUAI, country.string("SELECT f.resolved_by FROM review_flag f JOIN org o ON o.id = f.org_id"
                + " WHERE o.code = ?", HUAI));
        browser.go("/web/orgs/" + HUAI);
        assertTrue(browser.all("a[href='/web/orgs/" + HUAI + "/review']").isEmpty(), "nothing left to review");
    }

    @Test
    void theAuditLogShowsWhoSignedInAndWhatTheOperatorDid() {
        browser.signIn(DISTRICT_3609, PASSWORD).forgetCookies();
        browser.signIn(NATIONAL, PASSWORD);
        browser.find("header nav a[href='/web/audit']").click();

        assertEquals("/web/audit", browser.path());
        assertEquals("บันทึกการใช้งานของเจ้าหน้าที่", browser.text("h1"));
        List<String> rows = rows("#audit");
        assertTrue(rows.get(1).contains(NATIONAL + " เข้าสู่ระบบ"), rows.get(1));
        assertTrue(rows.stream().anyMatch(r -> r.contains(DISTRICT_3609 + " เข้าสู่ระบบ")), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.contains("operator เพิ่มบัญชีเจ้าหน้าที่ " + ORG_NAYANGKLAK + " ORG " + NAYANGKLAK)),
                String.join("\n", rows));
        assertTrue(rows.stream().noneMatch(r -> r.contains("null")), "no empty field shows as null: " + rows);
    }

    @Test
    void aNationalOfficerAddsAStaffAccountThroughTheFormAndSeesItListed() {
        browser.signIn(NATIONAL, PASSWORD);
        browser.find("header nav a[href='/web/staff']").click();
        assertEquals("/web/staff", browser.path());
        assertEquals("บัญชีเจ้าหน้าที่", browser.text("#staff-title"));

        browser.type("#new-username", "mueang.officer");
        browser.type("#new-displayName", "ท้องถิ่นอำเภอเมืองชัยภูมิ");
        browser.find("#new-role option[value='DISTRICT']").click();
        browser.type("#new-scope", "3601");
        browser.type("#new-password", "initial-password-2569");
        browser.click("#staff-create");
        browser.waitUntil(d -> !browser.all("#staff-done").isEmpty());

        assertEquals("เพิ่มบัญชีแล้ว: mueang.officer", browser.text("#staff-done"));
        WebElement row = browser.find("#staff-accounts tr[data-username='mueang.officer']");
        assertTrue(row.getText().contains("ท้องถิ่นอำเภอเมืองชัยภูมิ ท้องถิ่นอำเภอ 3601 เมืองชัยภูมิ ใช้งานได้"),
                row.getText());
        assertTrue(browser.find("#staff-accounts tr[data-username='" + NATIONAL + "']").getText().contains("บัญชีของท่าน"));
        assertEquals("DISTRICT 3601", country.string("SELECT detail FROM audit_log WHERE action = 'STAFF_CREATED'"
                + " AND username = ? AND target = 'mueang.officer'", NATIONAL));
        browser.snapshot("web-06-staff");
    }

    @Test
    void signingOutEndsTheSessionAndItsOldCookieNoLongerOpensAPage() {
        browser.signIn(NATIONAL, PASSWORD);
        Cookie session = browser.cookie(StaffSessions.COOKIE);
        assertNotNull(session);
        assertTrue(session.isHttpOnly());

        browser.signOut();
        assertNotNull(browser.find("#signin"));
        browser.go("/web/nation");
        assertTrue(browser.path().startsWith("/login"), browser.path());

        browser.addCookie(session);
        browser.go("/web/nation");
        assertTrue(browser.path().startsWith("/login"), "the old cookie was let in: " + browser.path());
        assertTrue(browser.all("#area-title").isEmpty());
    }

    /**
     * Follows a download link from within the page, with the browser's own session: the status, the
     * type and the file's first four bytes (a PDF's {@code %PDF}, a spreadsheet's zip {@code PK}).
     */
    private String download(String link) {
        return (String) browser.js("return fetch(arguments[0].href).then(r => r.arrayBuffer().then(b =>"
                + " r.status + ' ' + r.headers.get('content-type') + ' '"
                + " + String.fromCharCode(...new Uint8Array(b).slice(0, 4))))", browser.find(link));
    }

    private List<String> stepCounts() {
        return browser.all("#steps tr").subList(0, 5).stream()
                .map(r -> r.findElement(By.cssSelector("td.num")).getText()).toList();
    }

    private List<String> rows(String table) {
        return browser.all(table + " tr").stream().map(WebElement::getText).map(String::strip).toList();
    }

    private List<String> notReported() {
        return browser.find("#round").findElements(By.cssSelector("ul li")).stream().map(WebElement::getText).toList();
    }

    private WebElement deviceRow(String name) {
        return browser.driver().findElement(By.xpath("//section[@id='devices']//tr[td[1][normalize-space()='" + name
                + "']]"));
    }

    private String mapPoints() {
        return browser.waitUntil(d -> browser.find("#map").getAttribute("data-points"));
    }

    /** The kilograms the Chart.js chart really drew (its first data set), once it exists. */
    private static List<Double> nonZero(List<Double> values) {
        return values.stream().filter(v -> v != 0).toList();
    }

    private List<Double> chartKilograms() {
        Object drawn = browser.waitUntil(d -> browser.js("var c = window.Chart && Chart.getChart("
                + "document.getElementById('monthly')); return c ? c.data.datasets[0].data : null;"));
        return numbers(drawn);
    }

    private static List<Double> numbers(Object jsArray) {
        return ((List<?>) jsArray).stream().map(n -> ((Number) n).doubleValue()).toList();
    }
}
