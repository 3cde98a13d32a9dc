package th.wastebank.server.report;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Browser;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rounds pages in a real headless Chromium: Nan's officer finds the rounds page from the province
 * page, is told the department's days apply, is refused a bad day in Thai beside the form, sets the
 * days, sends the round to the department, and national staff find the sent report from the nation.
 */
@SharedServer
class TwoLevelRoundsBrowserTest extends ServerTestBase {
    private Browser browser;
    private StaffClient officer;
    private StaffClient national;

    @BeforeAll
    void nan() {
        TestOrgs.create("อบต.น่านทดสอบ", "550101");
        officer = StaffClient.signIn(api(), "PROVINCE", "55");
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
    void theProvinceOfficerSetsTheDaysSendsTheRoundAndTheNationSeesIt() {
        browser.signIn(officer.username(), StaffClient.PASSWORD);
        assertEquals("/web/provinces/55", browser.path());
        assertTrue(browser.text("#round-days").startsWith("จังหวัดยังไม่ได้กำหนดวันรายงานของ อปท."), browser.text("#round-days"));
        browser.click("#rounds-link");
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/web/provinces/55/rounds"));
        assertTrue(browser.text("#rounds-department-days").contains("5, 15"));

        browser.type("#days", "3, 33");
        browser.js("document.getElementById('firstDay').value = arguments[0]", "2025-10-01");
        browser.click("#rounds-save");
        browser.waitUntil(d -> !d.findElements(org.openqa.selenium.By.id("rounds-error")).isEmpty());
        assertTrue(browser.text("#rounds-error").startsWith("กรุณาใส่วันที่ของเดือน 1–4 วัน"));

        browser.find("#days").clear();
        browser.type("#days", "3, 13");
        browser.click("#rounds-save");
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("?saved=1"));
        assertEquals("บันทึกวันรายงานแล้ว", browser.text("#rounds-saved"));
        assertTrue(browser.text("#rounds-current").startsWith("จังหวัดกำหนดวันรายงานทุกวันที่ 3, 13"));

        browser.click("#rounds-send-button");
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("?sent=1"));
        assertTrue(browser.text("#rounds-sent-now").startsWith("ส่งถึงกรมแล้วเมื่อ"));
        assertEquals("ส่งรายงานรอบนี้อีกครั้ง (แทนฉบับเดิม)", browser.text("#rounds-send-button"));

        browser.signOut();
        browser.signIn(national.username(), StaffClient.PASSWORD);
        browser.click("#rounds-link");
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/web/rounds"));
        browser.click("#rounds-55 a");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/web/rounds/55/"));
        assertTrue(browser.text("#round-sent-title").contains("น่าน"));
        assertTrue(browser.text("#round-sent-rows").contains("อบต.น่านทดสอบ"));
    }
}
