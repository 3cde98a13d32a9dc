package th.wastebank.server.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.json.CanonicalJson;
import th.wastebank.server.report.BestPracticeForm;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's answers as a hostile browser or a careless officer meets them over plain HTTP:
 * the security headers on every answer and no inline script on any page; every text field's limit
 * refused with a Thai message beside the field (never a 500, nothing stored); and the audit row of
 * a change written in the change's own transaction.
 */
@SharedServer
class WebHardeningTest extends ServerTestBase {
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private String org;
    private StaffClient national;
    private StaffClient orgOfficer;

    @BeforeAll
    void orgWithANegativeBalance() {
        org = TestOrgs.create("อบต.ทดสอบขีดจำกัด", "361201");
        national = StaffClient.signIn(api(), "NATIONAL", null);
        orgOfficer = StaffClient.signIn(api(), "ORG", org);
    }

    /** A new NEGATIVE_BALANCE flag of the org (a member paid out more than deposited), by id. */
    private long newFlag() {
        Api.Device phone = api().pair(org);
        UUID member = Ops.newId();
        Ops ops = new Ops();
        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(phone, List.of(ops.member(member, "นายติดลบ"),
                ops.withdrawal(member, 500))));
        return Db.count("SELECT MAX(f.id) FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?", org);
    }

    private long pairingCodes() {
        return Db.count("SELECT COUNT(*) FROM pairing_code p JOIN org o ON o.id = p.org_id WHERE o.code = ?", org);
    }

    private static String resolvedAt(long flag) {
        return Db.string("SELECT resolved_at FROM review_flag WHERE id = ?", flag);
    }

    @Test
    void everyAnswerCarriesThePolicyAndPagesHaveNoInlineScript() {
        WebSession visitor = new WebSession(api().base());
        List<WebSession.Page> answers = List.of(visitor.get("/login"), visitor.get("/web/nation"),
                visitor.get("/static/js/area.js"), visitor.get("/api/v1/sync/pull"),
                national.get("/web/nation"), national.get("/web/provinces/36"), national.get("/web/orgs/" + org),
                national.get("/web/orgs/" + org + "/review"), national.get("/web/staff"), national.get("/web/audit"),
                national.get("/web/reports/progress"), national.get("/web/reports/late"),
                national.get("/web/reports/best-practice/3612"), national.get("/web/orgs/W000000"),
                national.get("/web/map.json"), national.get("/web/reports/late/csv"));
        for (WebSession.Page a : answers) {
            String csp = a.header("Content-Security-Policy");
            String what = a.status() + " " + a.raw().uri() + ": " + csp;
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), what);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), what);
            assertEquals("nosniff", a.header("X-Content-Type-Options"), what);
            assertEquals("same-origin", a.header("Referrer-Policy"), what);
            assertEquals("DENY", a.header("X-Frame-Options"), what);
            if (a.header("Content-Type").startsWith("text/html")) {
                assertFalse(INLINE_SCRIPT.matcher(a.body()).find(), what + " has an inline script");
                assertFalse(HANDLER.matcher(a.body()).find(), what + " has an inline event handler");
            }
        }
        assertEquals(404, answers.get(13).status());
        // with nosniff, a browser runs or applies only what is served with its own type
        for (String css : List.of("/static/css/app.css", "/webjars/leaflet/1.9.4/dist/leaflet.css")) {
            assertTrue(visitor.get(css).header("Content-Type").startsWith("text/css"), css);
        }
        for (String js : List.of("/static/js/area.js", "/webjars/leaflet/1.9.4/dist/leaflet.js",
                "/webjars/chart.js/4.5.1/dist/chart.umd.js", "/webjars/htmx.org/2.0.8/dist/htmx.min.js")) {
            assertTrue(visitor.get(js).header("Content-Type").contains("javascript"), js);
        }
    }

    @Test
    void aReviewNoteOverAThousandCharactersIsRefusedBesideItsFieldAndResolvesNothing() {
        long flag = newFlag();
        String csrf = orgOfficer.csrf("/web/orgs/" + org + "/review");
        String tooLong = "ก".repeat(1_001);

        WebSession.Page refused = orgOfficer.postForm("/web/orgs/" + org + "/review/" + flag,
                Map.of("_csrf", csrf, "note", tooLong));

        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("id=\"error-note-" + flag + "\"")
                && refused.body().contains("บันทึกการแก้ไขยาวเกิน 1,000 ตัวอักษร"), refused.body());
        assertTrue(refused.body().contains(tooLong), "the note as typed is kept");
        assertNull(resolvedAt(flag));

        WebSession.Page done = orgOfficer.postForm("/web/orgs/" + org + "/review/" + flag,
                Map.of("_csrf", csrf, "note", "ก".repeat(1_000)));
        assertEquals(303, done.status(), done.body());
        assertFalse(resolvedAt(flag) == null);
    }

    @Test
    void overLongStaffFieldsAreRefusedBesideTheFieldAndCreateNothing() {
        String csrf = national.csrf("/web/staff");
        Map<String, String> form = new HashMap<>(Map.of("_csrf", csrf, "username", "long.fields", "role", "NATIONAL",
                "displayName", "ช".repeat(201), "password", "a-good-password"));
        WebSession.Page longName = national.postForm("/web/staff", form);
        assertEquals(400, longName.status(), longName.body());
        assertTrue(longName.body().contains("ชื่อที่แสดงยาวได้ไม่เกิน 200 ตัวอักษร"), longName.body());

        form.put("displayName", "ผู้ทดสอบ");
        form.put("password", "รหัสผ่านภาษาไทยที่ยาวเกินกว่าที่ระบบจะอ่านได้ครบ");
        WebSession.Page longPassword = national.postForm("/web/staff", form);
        assertEquals(400, longPassword.status(), longPassword.body());
        assertTrue(longPassword.body().contains("id=\"error-password\"")
                && longPassword.body().contains("รหัสผ่านยาวเกินไป"), longPassword.body());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM staff WHERE username = 'long.fields'"));

        long officerId = Db.count("SELECT id FROM staff WHERE username = ?", orgOfficer.username());
        WebSession.Page reset = national.postForm("/web/staff/" + officerId + "/password",
                Map.of("_csrf", csrf, "password", "x".repeat(73)));
        assertEquals(400, reset.status(), reset.body());
        assertTrue(reset.body().contains("รหัสผ่านยาวเกินไป"), reset.body());

        Api.Response api = api().post("/api/v1/admin/staff", CanonicalJson.write(Map.of("username", "long.api",
                "displayName", "ช".repeat(201), "password", "a-good-password", "role", "NATIONAL")), ADMIN_TOKEN);
        assertEquals(400, api.status(), api.body());
        assertTrue(api.body().contains("display-name-too-long"), api.body());
    }

    @Test
    void anOverLongPasswordAtSignInIsAWrongPasswordNotAServerError() {
        WebSession.Page answer = new WebSession(api().base()).signIn(orgOfficer.username(), "x".repeat(200));
        assertEquals(401, answer.status(), answer.body());
    }

    @Test
    void anOverLongBestPracticeAnswerIsRefusedBesideItsFieldAndTheLongestAnswersAllFit() {
        StaffClient district = StaffClient.signIn(api(), "DISTRICT", "3612");
        String page = "/web/reports/best-practice/3612?org=" + org;
        String csrf = district.csrf(page);
        Map<String, String> form = new HashMap<>(Map.of("_csrf", csrf, "month", "2026-10", "org", org));
        BestPracticeForm.questions().forEach(q -> form.put(q.field(), "ข".repeat(1_500)));
        // control characters would each grow sixfold in the stored JSON: they are dropped
        form.put(BestPracticeForm.field(BestPracticeForm.WELFARE_KEY), "\u0001".repeat(700) + "ค".repeat(1_500));
        String first = BestPracticeForm.questions().findFirst().orElseThrow().field();
        form.put(first, "ข".repeat(1_501));

        WebSession.Page refused = district.postForm("/web/reports/best-practice/3612", form);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("ข้อความยาวเกิน 1,500 ตัวอักษร"), refused.body());
        assertEquals(0, Db.count("SELECT COUNT(*) FROM best_practice_report WHERE district_code = '3612'"));

        form.put(first, "ข".repeat(1_500));
        WebSession.Page saved = district.postForm("/web/reports/best-practice/3612", form);
        assertEquals(303, saved.status(), saved.body());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM best_practice_report WHERE district_code = '3612'"));
        String stored = Db.string("SELECT part2 FROM best_practice_report WHERE district_code = '3612'");
        assertTrue(stored.contains("ค".repeat(1_500)) && !stored.contains("\\u0001"), "control characters dropped");
    }

    @Test
    void aChangeWhoseAuditRowCannotBeWrittenIsNotMadeAndOneThatIsHasItsRow() {
        long flag = newFlag();
        String csrf = orgOfficer.csrf("/web/orgs/" + org + "/review");
        long codes = pairingCodes();
        String trigger = "audit_refuses_" + org.toLowerCase();
        Db.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON audit_log FOR EACH ROW BEGIN IF NEW.target = '"
                + org + "' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit refused in a test'; END IF; END");
        try {
            WebSession.Page failed = orgOfficer.postForm("/web/orgs/" + org + "/review/" + flag,
                    Map.of("_csrf", csrf, "note", "โอนคืนแล้ว"));
            assertEquals(500, failed.status(), "the audit log refused: the change cannot be made");
            WebSession.Page noCode = orgOfficer.postForm("/web/orgs/" + org + "/pairing-codes", Map.of("_csrf", csrf));
            assertEquals(500, noCode.status());
        } finally {
            Db.execute("DROP TRIGGER " + trigger);
        }
        assertNull(resolvedAt(flag), "the flag is still open: no change without its audit row");
        assertEquals(codes, pairingCodes(), "no pairing code without its audit row");

        String username = "audit.fails." + org.toLowerCase();
        api().createStaff(username, "ผู้ทดสอบบันทึกการใช้งาน", StaffClient.PASSWORD, "ORG", org);
        Db.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON audit_log FOR EACH ROW BEGIN IF NEW.username = '"
                + username + "' AND NEW.action = 'SIGN_IN' THEN SIGNAL SQLSTATE '45000'; END IF; END");
        try {
            assertEquals(500, new WebSession(api().base()).signIn(username, StaffClient.PASSWORD).status());
        } finally {
            Db.execute("DROP TRIGGER " + trigger);
        }
        assertEquals(0, Db.count("SELECT COUNT(*) FROM staff_session s JOIN staff u ON u.id = s.staff_id"
                + " WHERE u.username = ?", username), "no session without its SIGN_IN row");

        assertEquals(303, orgOfficer.postForm("/web/orgs/" + org + "/review/" + flag,
                Map.of("_csrf", csrf, "note", "โอนคืนแล้ว")).status());
        assertFalse(resolvedAt(flag) == null);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'REVIEW_RESOLVED' AND target = ?"
                + " AND detail = ?", org, flag + ": โอนคืนแล้ว"));
    }
}
