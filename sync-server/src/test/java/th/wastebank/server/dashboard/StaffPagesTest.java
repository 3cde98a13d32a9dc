package th.wastebank.server.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.server.staff.StaffSessions;
import th.wastebank.server.support.WebSession;
import th.wastebank.server.web.Texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.wastebank.server.dashboard.DashboardFixture.DISTRICT_3609;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.NAIMUEANG;
import static th.wastebank.server.dashboard.DashboardFixture.NATIONAL;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.PASSWORD;
import static th.wastebank.server.dashboard.DashboardFixture.PROVINCE_36;
import static th.wastebank.server.dashboard.DashboardFixture.RAHAENG;

/**
 * The staff-accounts page over plain HTTP: who may add and manage whose account, the form's
 * refusals beside its fields, and what disabling, unlocking and a new password do to signing in
 * and to open sessions, each written to the audit log.
 */
@MicronautTest(transactional = false)
class StaffPagesTest extends DashboardTestBase {
    private static final String FORBIDDEN = "ท่านไม่มีสิทธิ์ดูข้อมูลของพื้นที่นี้";
    private static final String CSRF_REFUSED = "แบบฟอร์มหมดอายุหรือไม่ถูกต้อง";
    private static final String NEW_PASSWORD = "a-brand-new-password";
    private DashboardFixture country;

    @Override
    String schema() {
        return "wastebank_web_staff";
    }

    @BeforeAll
    void country() {
        country = buildCountry();
    }

    @Test
    void aNationalAdminCreatesAProvinceOfficerWhoThenSignsIn() {
        WebSession admin = signedIn(NATIONAL);
        WebSession.Page list = admin.get("/web/staff");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("บัญชีเจ้าหน้าที่"), list.body());
        assertTrue(list.body().contains("href=\"/web/staff\""), "the header links to the page");

        WebSession.Page created = admin.post("/web/staff", form(admin, "tak.officer", "ท้องถิ่นจังหวัดตาก", "PROVINCE",
                "63", PASSWORD));
        assertEquals(303, created.status(), created.body());
        assertTrue(created.location().startsWith("/web/staff?done=STAFF_CREATED&id="), created.location());
        WebSession.Page after = admin.get(created.location());
        assertTrue(after.body().contains("เพิ่มบัญชีแล้ว: tak.officer"), after.body());
        String row = row(after.body(), "tak.officer");
        assertTrue(row.contains("ท้องถิ่นจังหวัดตาก") && row.contains("ท้องถิ่นจังหวัด") && row.contains("63")
                && row.contains("ตาก") && row.contains("ใช้งานได้"), row);

        WebSession officer = new WebSession(base());
        assertEquals("/web/provinces/63", officer.signInOk("tak.officer", PASSWORD).location());
        assertEquals(200, officer.get("/web/provinces/63").status());
        assertEquals(1, audited(NATIONAL, "STAFF_CREATED", "tak.officer", "PROVINCE 63"));
    }

    @Test
    void theStaffPageIsInEnglishWhenTheLanguageCookieSaysSo() {
        WebSession admin = signedIn(NATIONAL);
        admin.setCookie(Texts.COOKIE, "en");
        String body = admin.get("/web/staff").body();
        assertTrue(body.contains("Staff accounts"), body);
        assertTrue(row(body, PROVINCE_36).contains("Province officer"), row(body, PROVINCE_36));
        assertTrue(row(body, DISTRICT_3609).contains("Thep Sathit"), row(body, DISTRICT_3609));
        assertTrue(body.contains("Disable"), body);
    }

    @Test
    void aProvinceOfficerCreatesDistrictAndOrgAccountsInItsProvinceAndNothingElse() {
        WebSession province = signedIn(PROVINCE_36);
        assertEquals(303, province.post("/web/staff", form(province, "mueang.officer", "ท้องถิ่นอำเภอเมืองชัยภูมิ",
                "DISTRICT", "3601", PASSWORD)).status());
        assertEquals(303, province.post("/web/staff", form(province, "naimueang.clerk", "เจ้าหน้าที่ ทต.ในเมือง",
                "ORG", NAIMUEANG, PASSWORD)).status());
        String list = province.get("/web/staff").body();
        assertTrue(row(list, "mueang.officer").contains("ท้องถิ่นอำเภอ"), list);
        assertTrue(row(list, "naimueang.clerk").contains(NAIMUEANG), list);
        assertEquals("/web/districts/3601", new WebSession(base()).signInOk("mueang.officer", PASSWORD).location());

        long staff = country.count("SELECT COUNT(*) FROM staff");
        long audit = country.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'STAFF_%'");
        for (Map<String, String> outside : List.of(
                form(province, "tak.district", "อำเภอในจังหวัดตาก", "DISTRICT", "6301", PASSWORD),
                form(province, "rahaeng.clerk", "เจ้าหน้าที่ ทต.ระแหง", "ORG", RAHAENG, PASSWORD),
                form(province, "second.national", "ผู้ดูแลคนที่สอง", "NATIONAL", "", PASSWORD),
                form(province, "tak.province", "ท้องถิ่นจังหวัดตาก", "PROVINCE", "63", PASSWORD),
                form(province, "own.province", "จังหวัดเดียวกัน", "PROVINCE", "36", PASSWORD))) {
            WebSession.Page refused = province.post("/web/staff", outside);
            assertEquals(403, refused.status(), outside.toString());
            assertTrue(refused.body().contains(FORBIDDEN), refused.body());
        }
        Map<String, String> noToken = new HashMap<>(form(province, "no.token", "ไม่มีโทเคน", "DISTRICT", "3601",
                PASSWORD));
        noToken.remove("_csrf");
        WebSession.Page forged = province.post("/web/staff", noToken);
        assertEquals(403, forged.status());
        assertTrue(forged.body().contains(CSRF_REFUSED), forged.body());
        noToken.put("_csrf", "not-the-token");
        assertEquals(403, province.post("/web/staff", noToken).status());

        assertEquals(staff, country.count("SELECT COUNT(*) FROM staff"), "no account was written");
        assertEquals(audit, country.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'STAFF_%'"));
        assertEquals(1, audited(PROVINCE_36, "STAFF_CREATED", "mueang.officer", "DISTRICT 3601"));
        assertEquals(1, audited(PROVINCE_36, "STAFF_CREATED", "naimueang.clerk", "ORG " + NAIMUEANG));
    }

    @Test
    void theFormShowsEachRefusalBesideItsFieldAndKeepsWhatWasTypedButNeverThePassword() {
        WebSession district = signedIn(DISTRICT_3609);
        WebSession.Page wrong = district.post("/web/staff", form(district, "No Spaces!", "เจ้าหน้าที่ที่พิมพ์ไว้",
                "ORG", "W999999", "short-pw"));
        assertEquals(400, wrong.status(), wrong.body());
        String body = wrong.body();
        assertTrue(body.contains("กรุณาแก้ไขช่องที่มีข้อความสีแดง"), body);
        assertTrue(body.contains("id=\"error-username\""), body);
        assertTrue(body.contains("ชื่อผู้ใช้ต้องเป็นตัวอักษรภาษาอังกฤษตัวเล็ก"), body);
        assertTrue(body.contains("ไม่พบพื้นที่รหัสนี้สำหรับบทบาทที่เลือก"), body);
        assertTrue(body.contains("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร"), body);
        assertTrue(body.contains("value=\"เจ้าหน้าที่ที่พิมพ์ไว้\""), "the display name is kept");
        assertTrue(body.contains("value=\"No Spaces!\""), "the username is kept");
        assertTrue(body.contains("value=\"W999999\""), "the scope is kept");
        assertFalse(body.contains("short-pw"), "the password is never sent back");

        WebSession.Page noRole = district.post("/web/staff", form(district, "no.role", "", "", HUAI, PASSWORD));
        assertEquals(400, noRole.status());
        assertTrue(noRole.body().contains("กรุณาเลือกบทบาท"), noRole.body());

        WebSession.Page taken = district.post("/web/staff", form(district, ORG_HUAI, "ซ้ำ", "ORG", HUAI, PASSWORD));
        assertEquals(400, taken.status());
        assertTrue(taken.body().contains("ชื่อผู้ใช้นี้มีอยู่แล้ว"), taken.body());
        assertFalse(taken.body().contains(PASSWORD), "the password is never sent back");
        assertEquals(0, country.count("SELECT COUNT(*) FROM audit_log WHERE username = ? AND action = 'STAFF_CREATED'",
                DISTRICT_3609));
    }

    @Test
    void disablingAnAccountEndsItsSessionAndRefusesItsSignInAndEnablingLetsItInAgain() {
        api().createStaff("disable.me", "เจ้าหน้าที่ที่จะถูกระงับ", PASSWORD, "ORG", HUAI);
        WebSession victim = signedIn("disable.me");
        String oldCookie = victim.cookie(StaffSessions.COOKIE);
        assertEquals(200, victim.get("/web/orgs/" + HUAI).status());
        long id = staffId("disable.me");

        WebSession province = signedIn(PROVINCE_36);
        WebSession.Page disabled = province.post("/web/staff/" + id + "/disable",
                Map.of("_csrf", token(province), "confirmed", "yes"));
        assertEquals(303, disabled.status(), disabled.body());
        assertTrue(row(province.get(disabled.location()).body(), "disable.me").contains("ระงับการใช้งาน"));

        assertTrue(victim.get("/web/orgs/" + HUAI).location().startsWith("/login"), "the open session ended");
        assertEquals(0, country.count("SELECT COUNT(*) FROM staff_session WHERE staff_id = ?", id));
        assertEquals(401, new WebSession(base()).signIn("disable.me", PASSWORD).status(), "the right password, disabled");
        assertEquals(0, country.count("SELECT COALESCE(SUM(failures), 0) FROM sign_in_throttle WHERE username = ?",
                "disable.me"),
                "refusing a disabled account counts no wrong password");

        assertEquals(303, province.post("/web/staff/" + id + "/enable", Map.of("_csrf", token(province))).status());
        WebSession replay = new WebSession(base());
        replay.setCookie(StaffSessions.COOKIE, oldCookie);
        assertTrue(replay.get("/web/orgs/" + HUAI).location().startsWith("/login"), "the old session stays ended");
        WebSession back = new WebSession(base());
        back.signInOk("disable.me", PASSWORD);
        assertEquals(200, back.get("/web/orgs/" + HUAI).status());
        assertEquals(1, audited(PROVINCE_36, "STAFF_DISABLED", "disable.me", "ORG " + HUAI));
        assertEquals(1, audited(PROVINCE_36, "STAFF_ENABLED", "disable.me", "ORG " + HUAI));
    }

    @Test
    void aNewPasswordSetByTheManagerEndsTheOldSessionsAndOnlyTheNewPasswordSignsIn() {
        api().createStaff("reset.me", "เจ้าหน้าที่ลืมรหัสผ่าน", PASSWORD, "ORG", NAYANGKLAK);
        WebSession owner = signedIn("reset.me");
        long id = staffId("reset.me");
        String hash = country.string("SELECT password_hash FROM staff WHERE id = ?", id);

        WebSession district = signedIn(DISTRICT_3609);
        WebSession.Page tooShort = district.post("/web/staff/" + id + "/password", Map.of("_csrf", token(district),
                "password", "short"));
        assertEquals(400, tooShort.status());
        assertTrue(row(tooShort.body(), "reset.me").contains("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร"), tooShort.body());
        assertEquals(hash, country.string("SELECT password_hash FROM staff WHERE id = ?", id), "nothing changed");
        assertEquals(200, owner.get("/web/orgs/" + NAYANGKLAK).status(), "and the session lives");

        WebSession.Page reset = district.post("/web/staff/" + id + "/password", Map.of("_csrf", token(district),
                "password", NEW_PASSWORD));
        assertEquals(303, reset.status(), reset.body());
        assertTrue(owner.get("/web/orgs/" + NAYANGKLAK).location().startsWith("/login"), "the old session ended");
        assertEquals(401, new WebSession(base()).signIn("reset.me", PASSWORD).status(), "the old password");
        new WebSession(base()).signInOk("reset.me", NEW_PASSWORD);
        assertEquals(1, audited(DISTRICT_3609, "STAFF_PASSWORD_RESET", "reset.me", "ORG " + NAYANGKLAK));
        assertEquals(0, country.count("SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?", "%" + NEW_PASSWORD + "%"));
    }

    @Test
    void unlockingALockedAccountLetsItSignInAgain() {
        api().createStaff("unlock.me", "เจ้าหน้าที่ที่ถูกล็อก", PASSWORD, "DISTRICT", "3601");
        WebSession guesser = new WebSession(base());
        for (int i = 1; i <= 5; i++) {
            guesser.signIn("unlock.me", "wrong-password-" + i);
        }
        assertEquals(429, new WebSession(base()).signIn("unlock.me", PASSWORD).status(), "locked");
        long id = staffId("unlock.me");

        WebSession province = signedIn(PROVINCE_36);
        assertTrue(row(province.get("/web/staff").body(), "unlock.me").contains("ล็อกถึง"));
        WebSession.Page unlocked = province.post("/web/staff/" + id + "/unlock", Map.of("_csrf", token(province)));
        assertEquals(303, unlocked.status(), unlocked.body());
        assertFalse(row(province.get("/web/staff").body(), "unlock.me").contains("ล็อกถึง"));

        new WebSession(base()).signInOk("unlock.me", PASSWORD);
        assertEquals(1, audited(PROVINCE_36, "STAFF_UNLOCKED", "unlock.me", "DISTRICT 3601"));
    }

    @Test
    void anOrgOfficerGets403ForTheStaffPageAndSeesNoLinkToIt() {
        WebSession org = signedIn(ORG_NAYANGKLAK);
        WebSession.Page page = org.get("/web/staff");
        assertEquals(403, page.status());
        assertTrue(page.body().contains(FORBIDDEN), page.body());
        WebSession.Page home = org.get("/web/orgs/" + NAYANGKLAK);
        assertFalse(home.body().contains("/web/staff"), "no link in the header");

        long id = staffId(ORG_HUAI);
        String token = home.csrf();
        for (String action : List.of("disable", "unlock")) {
            assertEquals(403, org.post("/web/staff/" + id + "/" + action, Map.of("_csrf", token)).status(), action);
        }
        assertEquals(403, org.post("/web/staff", Map.of("_csrf", token, "username", "org.made", "role", "ORG",
                "scope", NAYANGKLAK, "password", PASSWORD)).status());
        assertEquals(0, country.count("SELECT COUNT(*) FROM staff WHERE username = 'org.made'"));
    }

    @Test
    void eachOfficerListsOnlyTheAccountsOfItsAreaAndActsOnNoOther() {
        api().createStaff("rahaeng.officer", "เจ้าหน้าที่ ทต.ระแหง", PASSWORD, "ORG", RAHAENG);
        api().createStaff("naimueang.officer", "เจ้าหน้าที่ ทต.ในเมือง", PASSWORD, "ORG", NAIMUEANG);
        String province = signedIn(PROVINCE_36).get("/web/staff").body();
        for (String mine : List.of(DISTRICT_3609, ORG_NAYANGKLAK, ORG_HUAI, "naimueang.officer")) {
            assertTrue(province.contains("data-username=\"" + mine + "\""), mine);
        }
        for (String notMine : List.of(NATIONAL, PROVINCE_36, "rahaeng.officer")) {
            assertFalse(province.contains("data-username=\"" + notMine + "\""), notMine);
        }
        String districtList = signedIn(DISTRICT_3609).get("/web/staff").body();
        for (String notMine : List.of(NATIONAL, PROVINCE_36, DISTRICT_3609, "naimueang.officer", "rahaeng.officer")) {
            assertFalse(districtList.contains("data-username=\"" + notMine + "\""), notMine);
        }
        assertTrue(districtList.contains("data-username=\"" + ORG_HUAI + "\""));

        WebSession district = signedIn(DISTRICT_3609);
        String token = token(district);
        long audit = country.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'STAFF_%'");
        for (String target : List.of(PROVINCE_36, NATIONAL, DISTRICT_3609, "naimueang.officer", "rahaeng.officer")) {
            long id = staffId(target);
            for (String action : List.of("disable", "enable", "unlock")) {
                WebSession.Page r = district.post("/web/staff/" + id + "/" + action,
                        Map.of("_csrf", token, "confirmed", "yes"));
                assertEquals(403, r.status(), target + " " + action);
                assertTrue(r.body().contains(FORBIDDEN), r.body());
            }
            assertEquals(403, district.post("/web/staff/" + id + "/password", Map.of("_csrf", token,
                    "password", NEW_PASSWORD)).status(), target);
        }
        WebSession admin = signedIn(NATIONAL);
        long self = staffId(NATIONAL);
        assertEquals(403, admin.post("/web/staff/" + self + "/disable", Map.of("_csrf", token(admin))).status());
        assertEquals(403, admin.post("/web/staff/" + self + "/password", Map.of("_csrf", token(admin),
                "password", NEW_PASSWORD)).status());
        assertEquals(404, admin.post("/web/staff/999999/disable", Map.of("_csrf", token(admin))).status());

        assertEquals(0, country.count("SELECT COUNT(*) FROM staff WHERE disabled"));
        assertEquals(audit, country.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'STAFF_%'"));
        new WebSession(base()).signInOk(NATIONAL, PASSWORD);
        new WebSession(base()).signInOk("rahaeng.officer", PASSWORD);
    }

    private WebSession signedIn(String username) {
        WebSession web = new WebSession(base());
        web.signInOk(username, PASSWORD);
        return web;
    }

    private static String token(WebSession web) {
        return web.get("/web/staff").csrf();
    }

    private static Map<String, String> form(WebSession web, String username, String displayName, String role,
                                            String scope, String password) {
        return Map.of("_csrf", token(web), "username", username, "displayName", displayName, "role", role,
                "scope", scope, "password", password);
    }

    private long staffId(String username) {
        return country.count("SELECT id FROM staff WHERE username = ?", username);
    }

    private long audited(String by, String action, String target, String detail) {
        return country.count("SELECT COUNT(*) FROM audit_log WHERE username = ? AND action = ? AND target = ?"
                + " AND detail = ? AND ip IS NOT NULL", by, action, target, detail);
    }

    /** The table row of one account on the staff page. */
    private static String row(String html, String username) {
        int at = html.indexOf("data-username=\"" + username + "\"");
        assertTrue(at >= 0, "no row for " + username + " in " + html);
        int end = html.indexOf("</tr>", at);
        return html.substring(at, end);
    }
}
