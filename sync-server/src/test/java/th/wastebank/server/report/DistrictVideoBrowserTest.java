package th.wastebank.server.report;

import java.time.YearMonth;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * The district best-practice video in a real headless Chromium: Nan's province officer sets the
 * districts' due date on the province's page; a district officer fills the video's checklist on the
 * form with the SDG Wheel unticked and someone else presenting, saves, and the form lists what is not
 * yet as the letter asks, with the province's due date.
 */
@SharedServer
class DistrictVideoBrowserTest extends ServerTestBase {
    private static final String NAN = "55";
    private static final String DISTRICT = "5501";
    private final YearMonth month = YearMonth.now(Dates.THAI).minusMonths(1);
    private Browser browser;
    private String org;

    @BeforeAll
    void openBrowser() {
        org = TestOrgs.create("ทม.ต้นแบบน่าน", "550101");
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

    @Test
    void theProvinceSetsTheDueDateAndTheDistrictSeesItsVideosUnmetItemsAfterSaving() {
        Browser.assumeInstalled();
        StaffClient province = StaffClient.signIn(api(), "PROVINCE", NAN);
        browser.signIn(province.username(), StaffClient.PASSWORD);
        browser.go("/web/reports/best-practice-districts/" + NAN);
        browser.js("document.getElementById('bpd-due-input').value = '2026-02-27'");
        browser.click("#bpd-due-save");
        browser.waitUntil(d -> browser.text("#bpd-due-date").contains("27 ก.พ. 2569"));
        browser.signOut();

        StaffClient district = StaffClient.signIn(api(), "DISTRICT", DISTRICT);
        browser.signIn(district.username(), StaffClient.PASSWORD);
        browser.go("/web/reports/best-practice/" + DISTRICT + "?month=" + month + "&org=" + org);
        assertEquals("กำหนดส่งวิดีโอธนาคารขยะต้นแบบระดับอำเภอ: 27 ก.พ. 2569", browser.text("#bp-due"));
        browser.type("#videoUrl", "https://youtu.be/dQw4w9WgXcQ");
        new Select(browser.find("#bp-presenter")).selectByValue("OTHER");
        browser.type("#bp-length", "4:30");
        browser.type("#bp-file-name", "ธนาคารขยะต้นแบบระดับอำเภอ (Best Practice) อำเภอเมืองน่านจังหวัดน่าน.mp4");
        for (String logo : new String[] {"MOI", "DLA", "LOCAL_VOLUNTEERS", "AREA"}) {
            browser.click("#bp-logo-" + logo);
        }
        browser.click("#bp-top-right");
        browser.click("#bp-save");
        browser.waitUntil(d -> d.getCurrentUrl().contains("saved=1"));
        String unmet = browser.text("#bp-video-unmet");
        assertTrue(unmet.contains("ผู้นำเสนอไม่ใช่นายอำเภอ") && unmet.contains("ไม่มีตราสัญลักษณ์: SDG Wheel"), unmet);
        assertTrue(!unmet.contains("ชื่อไฟล์") && !unmet.contains("ยาวเกิน"), "the name and length are as asked: " + unmet);
        assertTrue(browser.find("#bp-logo-SDG_WHEEL").getAttribute("checked") == null, "kept unticked");
    }
}
