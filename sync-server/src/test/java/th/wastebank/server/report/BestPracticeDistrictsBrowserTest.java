package th.wastebank.server.report;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import th.wastebank.server.support.Browser;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "ครบทุกอำเภอ" pages in a real headless Chromium: a province officer reaches the page from the
 * province's area page, picks last month by its Thai name, and sees which of Samut Songkhram's three
 * districts filed; the page and the nation's fit a phone's width.
 */
@SharedServer
class BestPracticeDistrictsBrowserTest extends ServerTestBase {
    private static final int PHONE_WIDTH = 390;
    /** Last month: {@link BestPracticeDistrictsTest} files two months back, so the two never meet. */
    private final YearMonth lastMonth = YearMonth.now(Dates.THAI).minusMonths(1);
    private Browser browser;
    private StaffClient provinceOfficer;
    private StaffClient national;

    @BeforeAll
    void amphawaFilesLastMonth() {
        String org = TestOrgs.create("อบต.อัมพวาทดสอบ", "750301");
        StaffClient officer = StaffClient.signIn(api(), "DISTRICT", "7503");
        String path = "/web/reports/best-practice/7503";
        Map<String, String> form = new HashMap<>(Map.of("month", lastMonth.toString(), "org", org,
                "videoUrl", "https://youtu.be/dQw4w9WgXcQ"));
        form.put("_csrf", officer.csrf(path + "?month=" + lastMonth + "&org=" + org));
        assertEquals(303, officer.postForm(path, form).status());
        provinceOfficer = StaffClient.signIn(api(), "PROVINCE", "75");
        national = StaffClient.signIn(api(), "NATIONAL", null);
        if (Browser.installed()) {
            browser = Browser.open(server.getURI().toString());
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

    @Test
    void aProvinceOfficerFindsThePageOnTheProvincePagePicksLastMonthAndSeesWhoFiled() {
        browser.signIn(provinceOfficer.username(), StaffClient.PASSWORD);
        assertEquals("/web/provinces/75", browser.path());
        browser.click("#report-best-practice-districts");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/web/reports/best-practice-districts/75"));
        Select months = new Select(browser.find("#bpd-month"));
        assertEquals(ThaiFormat.arabicDigits().month(YearMonth.now(Dates.THAI)), months.getFirstSelectedOption().getText(),
                "this month by default, named in Thai with its Buddhist-era year");

        months.selectByVisibleText(ThaiFormat.arabicDigits().month(lastMonth));
        browser.click("#bpd-show");
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("month=" + lastMonth));
        assertEquals("ส่งแล้ว 1 จาก 3 อำเภอ", browser.text("#bpd-count"));
        assertEquals("ส่งแล้ว", browser.text("#d-7503 .status"));
        assertEquals("ยังไม่ส่ง", browser.text("#d-7501 .status"));
        assertEquals("https://youtu.be/dQw4w9WgXcQ",
                browser.find("#d-7503 .v-video a").getAttribute("href"));
        assertTrue(browser.text("#bpd-not-filed").contains("ยังไม่ส่ง (2)"), browser.text("#bpd-not-filed"));
    }

    @Test
    void theProvinceAndNationPagesFitAPhonesWidth() {
        Dimension desktop = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
            browser.signIn(national.username(), StaffClient.PASSWORD);
            for (String page : List.of("/web/reports/best-practice-districts/75?month=" + lastMonth,
                    "/web/reports/best-practice-districts?month=" + lastMonth)) {
                browser.go(page);
                assertEquals("ธนาคารขยะต้นแบบ (Best Practice) ระดับอำเภอ ครบทุกอำเภอ", browser.text("#bpd-title"));
                Browser.Widths widths = browser.widths();
                assertTrue(widths.fit(), widths.describe(page));
            }
            browser.click("#p-75 a");
            browser.waitUntil(d -> d.getCurrentUrl().contains("/web/reports/best-practice-districts/75?month="
                    + lastMonth));
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }
    }
}
