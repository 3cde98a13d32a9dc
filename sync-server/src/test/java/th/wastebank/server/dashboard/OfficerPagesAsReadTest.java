package th.wastebank.server.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.TestDatabase;
import th.wastebank.server.support.WebSession;
import th.wastebank.server.web.Texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.wastebank.server.dashboard.DashboardFixture.DISTRICT_3609;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.NATIONAL;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.PASSWORD;
import static th.wastebank.server.dashboard.DashboardFixture.PROVINCE_36;
import static th.wastebank.server.dashboard.DashboardFixture.RAHAENG;

/**
 * The officers' pages as Thai officials read them, over plain HTTP: the audit log in words with
 * addresses as people write them, error pages with the header and a way back, destructive actions
 * styled as such and confirmed first, areas picked by name, no empty headings, and a favicon.
 */
@MicronautTest(transactional = false)
class OfficerPagesAsReadTest extends DashboardTestBase {
    private DashboardFixture country;

    @Override
    String schema() {
        return "wastebank_web_as_read";
    }

    @BeforeAll
    void country() {
        country = buildCountry();
    }

    @Test
    void theAuditLogNamesActionsInThaiAndShowsAddressesAsPeopleWriteThem() throws SQLException {
        try (Connection c = TestDatabase.connect(country.jdbcUrl);
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (username, action, target, ip, at)"
                     + " VALUES (?, ?, '3609', ?, UTC_TIMESTAMP(3))")) {
            for (String[] row : new String[][] {{"mapped.user", "BEST_PRACTICE_PDF_EXPORTED", "::ffff:203.0.113.7"},
                {"loopback.user", "SIGN_IN", "0:0:0:0:0:0:0:1"}}) {
                ps.setString(1, row[0]);
                ps.setString(2, row[1]);
                ps.setString(3, row[2]);
                ps.executeUpdate();
            }
        }
        WebSession admin = signedIn(NATIONAL);
        String page = admin.get("/web/audit").body();
        assertTrue(page.contains(">ดาวน์โหลดรายงานธนาคารขยะต้นแบบ (PDF)<"), page);
        assertTrue(page.contains(">เข้าสู่ระบบ<"), page);
        assertFalse(page.contains(">SIGN_IN<") || page.contains(">BEST_PRACTICE_PDF_EXPORTED<"), "no bare codes");
        assertTrue(page.contains(">203.0.113.7<"), page);
        assertTrue(page.contains(">127.0.0.1 (เครื่องนี้)<"), page);
        assertFalse(page.contains("::ffff:") || page.contains("0:0:0:0:0:0:0:1"), page);

        admin.setCookie(Texts.COOKIE, "en");
        String english = admin.get("/web/audit").body();
        assertTrue(english.contains(">Best-practice report downloaded (PDF)<") && english.contains(">127.0.0.1 (this machine)<"),
                english);
    }

    @Test
    void addressesAreWrittenShort() {
        assertEquals("1.2.3.4", AuditController.address("::ffff:1.2.3.4", "here"));
        assertEquals("127.0.0.1 (here)", AuditController.address("0:0:0:0:0:0:0:1", "here"));
        assertEquals("127.0.0.1 (here)", AuditController.address("::1", "here"));
        assertEquals("127.0.0.1 (here)", AuditController.address("127.0.0.1", "here"));
        assertEquals("2001:db8::1", AuditController.address("2001:0db8:0:0:0:0:0:1", "here"));
        assertEquals("2001:db8:0:1::2", AuditController.address("2001:db8:0:1:0:0:0:2", "here"));
        assertEquals("198.51.100.20", AuditController.address("198.51.100.20", "here"));
        assertEquals("", AuditController.address(null, "here"));
    }

    @Test
    void theForbiddenAndNotFoundPagesKeepTheHeaderAndAWayBack() {
        WebSession district = signedIn(DISTRICT_3609);
        district.header("Referer", base().replaceFirst("/$", "") + "/web/districts/3609");
        WebSession.Page forbidden = district.get("/web/nation");
        assertEquals(403, forbidden.status());
        assertTrue(forbidden.body().contains("<header class=\"bar\""), forbidden.body());
        assertTrue(forbidden.body().contains("href=\"/web/districts/3609\""), "the menu's home");
        assertTrue(forbidden.body().contains("id=\"error-back\"") && forbidden.body().contains("กลับไปหน้าก่อน"),
                forbidden.body());
        WebSession.Page missing = district.get("/web/orgs/NO-SUCH-ORG");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("<header class=\"bar\"") && missing.body().contains("id=\"error-home\""),
                missing.body());
    }

    @Test
    void revokingAPhoneIsStyledAsDangerAndAsksFirst() {
        WebSession org = signedIn(ORG_HUAI);
        WebSession.Page home = org.get("/web/orgs/" + HUAI);
        assertTrue(home.body().contains("class=\"secondary danger revoke\""), home.body());
        String phone = country.huaiPhone.deviceId().toString();
        String path = "/web/orgs/" + HUAI + "/devices/" + phone + "/revoke";

        WebSession.Page ask = org.post(path, Map.of("_csrf", home.csrf()));
        assertEquals(200, ask.status(), ask.body());
        assertTrue(ask.body().contains("ยืนยันการยกเลิกเครื่อง") && ask.body().contains("โทรศัพท์ทดสอบ"), ask.body());
        assertTrue(ask.body().contains("name=\"confirmed\" value=\"yes\"") && ask.body().contains("class=\"danger\""),
                ask.body());
        assertNull(revokedAt(phone), "asking revokes nothing");

        WebSession.Page done = org.post(path, Map.of("_csrf", home.csrf(), "confirmed", "yes"));
        assertEquals(303, done.status(), done.body());
        assertNotNull(revokedAt(phone));
    }

    @Test
    void disablingAnAccountIsStyledAsDangerAndAsksFirst() {
        api().createStaff("confirm.me", "เจ้าหน้าที่ที่จะถูกระงับ", PASSWORD, "ORG", NAYANGKLAK);
        long id = country.count("SELECT id FROM staff WHERE username = 'confirm.me'");
        WebSession admin = signedIn(NATIONAL);
        WebSession.Page list = admin.get("/web/staff");
        assertTrue(list.body().contains("disable danger"), "the disable button looks dangerous");

        WebSession.Page ask = admin.post("/web/staff/" + id + "/disable", Map.of("_csrf", list.csrf()));
        assertEquals(200, ask.status(), ask.body());
        assertTrue(ask.body().contains("ยืนยันการระงับบัญชี") && ask.body().contains("confirm.me"), ask.body());
        assertEquals(0, country.count("SELECT disabled FROM staff WHERE id = ?", id), "asking disables nothing");

        WebSession.Page done = admin.post("/web/staff/" + id + "/disable",
                Map.of("_csrf", list.csrf(), "confirmed", "yes"));
        assertEquals(303, done.status(), done.body());
        assertEquals(1, country.count("SELECT disabled FROM staff WHERE id = ?", id));
    }

    @Test
    void areasArePickedByNameAndTheServerStillChecksThem() {
        WebSession province = signedIn(PROVINCE_36);
        String form = province.get("/web/staff").body();
        assertTrue(form.contains("list=\"area-options\"") && form.contains("hx-get=\"/web/staff/areas\""), form);

        String found = province.get("/web/staff/areas?role=ORG&scope=" + enc("นายางกลัก")).body();
        assertTrue(found.contains("value=\"อบต.นายางกลักทดสอบ (" + NAYANGKLAK + ")\""), found);
        String byDistrict = province.get("/web/staff/areas?role=ORG&scope=" + enc("เทพสถิต")).body();
        assertTrue(byDistrict.contains("(" + NAYANGKLAK + ")") && byDistrict.contains("(" + HUAI + ")"), byDistrict);
        assertFalse(province.get("/web/staff/areas?role=ORG&scope=" + enc("ระแหง")).body().contains(RAHAENG),
                "another province's อปท. is not offered");
        assertFalse(province.get("/web/staff/areas?role=PROVINCE&scope=").body().contains("<option"),
                "a province officer gives no province accounts");

        String token = province.get("/web/staff").csrf();
        WebSession.Page created = province.post("/web/staff", Map.of("_csrf", token, "username", "picked.by.name",
                "displayName", "เลือกพื้นที่จากชื่อ", "role", "ORG", "scope", "อบต.นายางกลักทดสอบ (" + NAYANGKLAK + ")",
                "password", PASSWORD));
        assertEquals(303, created.status(), created.body());
        assertEquals(NAYANGKLAK, country.string("SELECT scope_code FROM staff WHERE username = 'picked.by.name'"));
        WebSession.Page outside = province.post("/web/staff", Map.of("_csrf", token, "username", "not.mine",
                "displayName", "นอกพื้นที่", "role", "ORG", "scope", "ทต.ระแหงทดสอบ (" + RAHAENG + ")",
                "password", PASSWORD));
        assertEquals(403, outside.status(), "the server still decides");
    }

    @Test
    void anOrgWithoutStepsShowsNoEmptyStepsHeading() {
        WebSession admin = signedIn(NATIONAL);
        assertFalse(admin.get("/web/orgs/" + RAHAENG).body().contains("ขั้นตอนที่บันทึกแล้ว"));
        assertTrue(admin.get("/web/orgs/" + NAYANGKLAK).body().contains("ขั้นตอนที่บันทึกแล้ว"));
    }

    @Test
    void everyPageLinksTheFaviconAndItIsServed() {
        WebSession visitor = new WebSession(base());
        WebSession.Page icon = visitor.get("/static/favicon.svg");
        assertEquals(200, icon.status());
        assertTrue(icon.header("Content-Type").startsWith("image/svg+xml"), icon.header("Content-Type"));
        String link = "<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">";
        assertTrue(visitor.get("/login").body().contains(link));
        WebSession org = signedIn(ORG_NAYANGKLAK);
        for (String path : new String[] {"/web/orgs/" + NAYANGKLAK, "/web/orgs/" + NAYANGKLAK + "/review", "/web/nation"}) {
            assertTrue(org.get(path).body().contains(link), path);
        }
    }

    private String revokedAt(String deviceId) {
        return country.string("SELECT revoked_at FROM device WHERE id = UNHEX(REPLACE(?, '-', ''))", deviceId);
    }

    private WebSession signedIn(String username) {
        WebSession web = new WebSession(base());
        web.signInOk(username, PASSWORD);
        return web;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
