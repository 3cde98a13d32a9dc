package th.wastebank.server.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.server.staff.StaffSessions;
import th.wastebank.server.support.WebSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.wastebank.server.dashboard.DashboardFixture.DISTRICT_3609;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.HUAI_NAME;
import static th.wastebank.server.dashboard.DashboardFixture.NAIMUEANG;
import static th.wastebank.server.dashboard.DashboardFixture.NAIMUEANG_NAME;
import static th.wastebank.server.dashboard.DashboardFixture.NATIONAL;
import static th.wastebank.server.dashboard.DashboardFixture.NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_HUAI;
import static th.wastebank.server.dashboard.DashboardFixture.ORG_NAYANGKLAK;
import static th.wastebank.server.dashboard.DashboardFixture.PASSWORD;
import static th.wastebank.server.dashboard.DashboardFixture.PROVINCE_36;
import static th.wastebank.server.dashboard.DashboardFixture.RAHAENG;
import static th.wastebank.server.dashboard.DashboardFixture.RAHAENG_NAME;

/**
 * The dashboard's defences over plain HTTP, the way a forged form, a password guesser or a
 * curious officer would try them: CSRF tokens, the account lockout and its audit trail, the
 * session cookie's flags (behind the loopback as a trusted HTTPS proxy too), area scopes on every
 * page and form, and signing out.
 */
@MicronautTest(transactional = false)
class DashboardSecurityTest extends DashboardTestBase {
    private static final String CSRF_REFUSED = "แบบฟอร์มหมดอายุหรือไม่ถูกต้อง";
    private DashboardFixture country;

    @Override
    String schema() {
        return "wastebank_web_security";
    }

    @Override
    public Map<String, String> getProperties() {
        return trustingLoopback(super.getProperties());
    }

    @BeforeAll
    void country() {
        country = buildCountry();
    }

    private WebSession signedIn(String username) {
        WebSession web = new WebSession(base());
        web.signInOk(username, PASSWORD);
        return web;
    }

    private long huaiPairingCodes() {
        return country.count("SELECT COUNT(*) FROM pairing_code p JOIN org o ON o.id = p.org_id WHERE o.code = ?", HUAI);
    }

    private long huaiFlag() {
        return country.count("SELECT f.id FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?", HUAI);
    }

    @Test
    void formsPostedWithoutTheSessionsCsrfTokenAreRefusedAndChangeNothing() {
        WebSession officer = signedIn(ORG_HUAI);
        WebSession other = signedIn(ORG_HUAI);
        String mine = officer.get("/web/orgs/" + HUAI).csrf();
        String othersToken = other.get("/web/orgs/" + HUAI).csrf();
        String device = country.huaiPhone.deviceId().toString();
        long codes = huaiPairingCodes();

        for (Map<String, String> form : List.of(Map.<String, String>of(), Map.of("_csrf", "not-the-token"),
                Map.of("_csrf", othersToken), Map.of("_csrf", mine.substring(1)))) {
            WebSession.Page code = officer.post("/web/orgs/" + HUAI + "/pairing-codes", form);
            assertEquals(403, code.status(), code.body());
            assertTrue(code.body().contains(CSRF_REFUSED), code.body());
            assertEquals(403, officer.post("/web/orgs/" + HUAI + "/devices/" + device + "/revoke", form).status());
            Map<String, String> resolve = new HashMap<>(form);
            resolve.put("note", "ปลอมแปลง");
            assertEquals(403, officer.post("/web/orgs/" + HUAI + "/review/" + huaiFlag(), resolve).status());
            assertEquals(403, officer.post("/logout", form).status());
        }

        assertEquals(codes, huaiPairingCodes(), "no pairing code was made");
        assertNull(country.string("SELECT revoked_at FROM device WHERE id = UNHEX(REPLACE(?, '-', ''))", device));
        assertNull(country.string("SELECT resolved_at FROM review_flag WHERE id = ?", huaiFlag()));
        assertEquals(0, country.count("SELECT COUNT(*) FROM audit_log WHERE username = ? AND action IN"
                + " ('PAIRING_CODE_CREATED', 'DEVICE_REVOKED', 'REVIEW_RESOLVED', 'SIGN_OUT')", ORG_HUAI));
        assertEquals(200, officer.get("/web/orgs/" + HUAI).status(), "still signed in");

        WebSession.Page made = officer.post("/web/orgs/" + HUAI + "/pairing-codes", Map.of("_csrf", mine));
        assertEquals(200, made.status(), "the session's own token is accepted");
        assertEquals(codes + 1, huaiPairingCodes());
    }

    @Test
    void theSignInFormIsRefusedWithoutItsOwnCsrfTokenAndOpensNoSession() {
        long sessions = country.count("SELECT COUNT(*) FROM staff_session");
        long signIns = country.count("SELECT COUNT(*) FROM audit_log WHERE username = ?", PROVINCE_36);
        WebSession web = new WebSession(base());
        String token = web.get("/login").csrf();

        WebSession.Page none = web.post("/login", Map.of("username", PROVINCE_36, "password", PASSWORD));
        WebSession.Page wrong = web.post("/login", Map.of("_csrf", token + "x", "username", PROVINCE_36,
                "password", PASSWORD));
        WebSession stranger = new WebSession(base());
        WebSession.Page noCookie = stranger.post("/login", Map.of("_csrf", token, "username", PROVINCE_36,
                "password", PASSWORD));

        for (WebSession.Page refused : List.of(none, wrong, noCookie)) {
            assertEquals(403, refused.status(), refused.body());
            assertNull(refused.setCookie(StaffSessions.COOKIE));
        }
        assertEquals(sessions, country.count("SELECT COUNT(*) FROM staff_session"));
        assertEquals(signIns, country.count("SELECT COUNT(*) FROM audit_log WHERE username = ?", PROVINCE_36));
    }

    @Test
    void fiveWrongPasswordsFromOneAddressLockTheNameThereSoEvenTheRightPasswordWaitsAndTheAuditLogRecordsThem() {
        api().createStaff("lock.me", "ทดสอบล็อก", PASSWORD, "DISTRICT", "3609");
        WebSession guesser = new WebSession(base());
        for (int i = 1; i <= 4; i++) {
            WebSession.Page wrong = guesser.signIn("lock.me", "wrong-password-" + i);
            assertEquals(401, wrong.status());
            assertTrue(wrong.body().contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"), wrong.body());
        }
        WebSession.Page fifth = guesser.signIn("lock.me", "wrong-password-5");
        assertEquals(401, fifth.status());
        assertTrue(fifth.body().contains("บัญชีนี้ถูกล็อกชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง"), fifth.body());

        WebSession owner = new WebSession(base());
        WebSession.Page right = owner.signIn("lock.me", PASSWORD);
        assertEquals(429, right.status(), "the right password from the same address during the lock");
        assertTrue(Long.parseLong(right.header("Retry-After")) > 14 * 60, right.header("Retry-After"));
        assertTrue(right.body().contains("บัญชีนี้ถูกล็อกชั่วคราว"), right.body());
        assertNull(owner.cookie(StaffSessions.COOKIE));
        assertTrue(owner.get("/web/districts/3609").location().startsWith("/login"), "not signed in");

        String audit = signedIn(NATIONAL).get("/web/audit").body();
        assertEquals(4, occurrences(audit, "lock.me", "SIGN_IN_REFUSED"));
        assertEquals(2, occurrences(audit, "lock.me", "SIGN_IN_LOCKED"));
        assertEquals(0, occurrences(audit, "lock.me", "SIGN_IN"));
        assertEquals(6, country.count("SELECT COUNT(*) FROM audit_log WHERE username = 'lock.me'"
                + " AND action LIKE 'SIGN_IN_%' AND ip IS NOT NULL"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        WebSession web = new WebSession(base());
        WebSession.Page form = web.get("/login");
        String loginToken = form.setCookie("wb_login_csrf");
        WebSession.Page signedIn = web.signInOk(DISTRICT_3609, PASSWORD);
        String session = signedIn.setCookie(StaffSessions.COOKIE);

        assertNotNull(session, "a session cookie is set");
        String flags = session.toLowerCase(Locale.ROOT);
        assertTrue(flags.contains("; httponly"), session);
        assertTrue(flags.contains("; samesite=lax"), session);
        assertTrue(flags.contains("; path=/"), session);
        assertTrue(flags.contains("; max-age=43200"), session);
        assertTrue(loginToken.toLowerCase(Locale.ROOT).contains("; httponly"), loginToken);
        assertEquals(43, web.cookie(StaffSessions.COOKIE).length(), "256 random bits");
        assertFalse(flags.contains("; secure"), "plain HTTP (a cookie marked Secure would never come back): " + session);
    }

    @Test
    void behindATrustedHttpsProxyTheCookiesAreSecure() {
        WebSession web = new WebSession(base()).header("X-Forwarded-Proto", "https");
        String loginToken = web.get("/login").setCookie("wb_login_csrf");
        String session = web.signInOk(DISTRICT_3609, PASSWORD).setCookie(StaffSessions.COOKIE);

        assertTrue(session.toLowerCase(Locale.ROOT).contains("; secure"), session);
        assertTrue(loginToken.toLowerCase(Locale.ROOT).contains("; secure"), loginToken);
        assertEquals(200, web.get("/web/districts/3609").status(), "and the session works");
    }

    @Test
    void everyPageAndFormOutsideAnOfficersAreaAnswers403WithoutTheAreasData() {
        Map<String, List<String>> refused = Map.of(
                DISTRICT_3609, List.of("/web/nation", "/web/provinces/36", "/web/districts/3601",
                        "/web/orgs/" + NAIMUEANG, "/web/orgs/" + NAIMUEANG + "/review", "/web/audit",
                        "/web/map.json", "/web/map.json?area=36", "/web/map.json?area=3601"),
                ORG_NAYANGKLAK, List.of("/web/orgs/" + HUAI, "/web/orgs/" + HUAI + "/review", "/web/districts/3609",
                        "/web/map.json?area=3609"),
                PROVINCE_36, List.of("/web/nation", "/web/provinces/63", "/web/districts/6301", "/web/orgs/" + RAHAENG,
                        "/web/map.json?area=63", "/web/map.json?area=6301"));
        List<String> secrets = List.of(NAIMUEANG, NAIMUEANG_NAME, HUAI, HUAI_NAME, RAHAENG, RAHAENG_NAME);
        refused.forEach((officer, pages) -> {
            WebSession web = signedIn(officer);
            for (String page : pages) {
                WebSession.Page r = web.get(page);
                assertEquals(403, r.status(), officer + " " + page);
                assertTrue(r.body().contains("ท่านไม่มีสิทธิ์ดูข้อมูลของพื้นที่นี้"), r.body());
                secrets.forEach(s -> assertFalse(r.body().contains(s), officer + " " + page + " shows " + s));
            }
        });

        WebSession district = signedIn(DISTRICT_3609);
        String token = district.get("/web/orgs/" + NAYANGKLAK).csrf();
        assertEquals(403, district.post("/web/orgs/" + NAYANGKLAK + "/pairing-codes", Map.of("_csrf", token)).status(),
                "a district officer does not hand out pairing codes");
        WebSession org = signedIn(ORG_NAYANGKLAK);
        String orgToken = org.get("/web/orgs/" + NAYANGKLAK).csrf();
        String huaiPhone = country.huaiPhone.deviceId().toString();
        assertEquals(403, org.post("/web/orgs/" + HUAI + "/devices/" + huaiPhone + "/revoke",
                Map.of("_csrf", orgToken)).status());
        assertEquals(403, org.post("/web/orgs/" + HUAI + "/review/" + huaiFlag(),
                Map.of("_csrf", orgToken, "note", "ไม่ใช่ของฉัน")).status());
        assertNull(country.string("SELECT revoked_at FROM device WHERE id = UNHEX(REPLACE(?, '-', ''))", huaiPhone));
        assertNull(country.string("SELECT resolved_at FROM review_flag WHERE id = ?", huaiFlag()));
    }

    @Test
    void anotherOrgsDeviceOrFlagCannotBeReachedThroughOnesOwnOrgsAddress() {
        WebSession org = signedIn(ORG_NAYANGKLAK);
        String token = org.get("/web/orgs/" + NAYANGKLAK).csrf();
        String huaiPhone = country.huaiPhone.deviceId().toString();

        assertEquals(404, org.post("/web/orgs/" + NAYANGKLAK + "/devices/" + huaiPhone + "/revoke",
                Map.of("_csrf", token)).status());
        assertEquals(404, org.post("/web/orgs/" + NAYANGKLAK + "/review/" + huaiFlag(),
                Map.of("_csrf", token, "note", "ไม่ใช่ของฉัน")).status());
        assertNull(country.string("SELECT revoked_at FROM device WHERE id = UNHEX(REPLACE(?, '-', ''))", huaiPhone));
        assertNull(country.string("SELECT resolved_at FROM review_flag WHERE id = ?", huaiFlag()));
    }

    @Test
    void aSignedOutSessionsCookieNoLongerOpensAnyPage() {
        WebSession web = signedIn(NATIONAL);
        String cookie = web.cookie(StaffSessions.COOKIE);
        assertEquals(200, web.get("/web/nation").status());
        long sessionsBefore = nationalSessions();

        WebSession.Page out = web.post("/logout", Map.of("_csrf", web.get("/web/nation").csrf()));
        assertEquals(303, out.status());
        assertEquals("/login", out.location());
        assertTrue(out.setCookie(StaffSessions.COOKIE).toLowerCase(Locale.ROOT).contains("max-age=0"));

        WebSession replay = new WebSession(base());
        replay.setCookie(StaffSessions.COOKIE, cookie);
        for (String page : List.of("/web/nation", "/web/audit", "/web/orgs/" + NAYANGKLAK, "/web/map.json")) {
            WebSession.Page r = replay.get(page);
            assertEquals(303, r.status(), page);
            assertTrue(r.location().startsWith("/login?next="), r.location());
        }
        assertEquals(sessionsBefore - 1, nationalSessions(), "the session is gone from the database");
    }

    @Test
    void theLanguageSwitchReturnsOnlyToAPageOfThisSite() {
        WebSession web = new WebSession(base());
        for (String elsewhere : List.of("//evil.example/", "/\\evil.example/", "https://evil.example/",
                "/%5Cevil.example", "/\t/evil.example")) {
            WebSession.Page r = web.get("/lang/en?back=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8));
            assertEquals(303, r.status());
            assertEquals("/", r.location(), "back=" + elsewhere);
        }
        assertEquals("/web/orgs/" + NAYANGKLAK, web.get("/lang/th?back=/web/orgs/" + NAYANGKLAK).location());
        assertEquals("/login", web.get("/lang/th?back=/login").location());
    }

    @Test
    void anUnknownAreaIsTheNotFoundPage() {
        WebSession web = signedIn(NATIONAL);
        for (String page : List.of("/web/provinces/99", "/web/districts/9999", "/web/orgs/NO-SUCH-ORG")) {
            WebSession.Page r = web.get(page);
            assertEquals(404, r.status(), page);
            assertTrue(r.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page);
            assertTrue(r.body().contains("ไม่พบหน้าที่ต้องการ"), r.body());
        }
    }

    private long nationalSessions() {
        return country.count("SELECT COUNT(*) FROM staff_session s JOIN staff t ON t.id = s.staff_id"
                + " WHERE t.username = ?", NATIONAL);
    }

    /** Rows of the audit page with this user and exactly this action. */
    private static int occurrences(String auditHtml, String username, String action) {
        // the cell shows the action in words; its code stays in the cell's title
        Matcher m = Pattern.compile("<td>" + Pattern.quote(username) + "</td>\\s*<td class=\"action\" title=\""
                + Pattern.quote(action) + "\">").matcher(auditHtml);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
