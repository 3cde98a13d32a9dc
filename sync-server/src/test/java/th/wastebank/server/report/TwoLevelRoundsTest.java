package th.wastebank.server.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import th.wastebank.progress.MilestoneRecord;
import th.wastebank.server.progress.ReportingRounds;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;
import th.wastebank.server.web.Texts;
import th.wastebank.validation.Dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two-level reporting rounds through the real server and database: a province officer sets the
 * days of the province's อปท. (scoped, audited, refused in Thai when wrong), a new product received
 * now counts in this round whatever the phone's clock says, and a province sends its round report to
 * the department as a frozen snapshot that national staff see, with the late provinces listed.
 * Chiang Rai (57) sets days here; Phayao (56) sets none.
 */
@SharedServer
class TwoLevelRoundsTest extends ServerTestBase {
    private static final String CHIANG_RAI = "57";
    private final LocalDate today = LocalDate.now(Dates.THAI);
    private StaffClient officer;
    private String slowClock;
    private String silent;

    @BeforeAll
    void chiangRaiWithTwoOrgs() {
        officer = StaffClient.signIn(api(), "PROVINCE", CHIANG_RAI);
        slowClock = TestOrgs.create("อบต.นาฬิกาเดินช้า", "570101");
        silent = TestOrgs.create("อบต.เงียบ", "570101");
        TestOrgs.create("อบต.พะเยาทดสอบ", "560101");
        // the phone's clock says 40 days ago; the server receives the new product now
        Api.Device phone = api().pair(slowClock);
        Ops ops = new Ops(Instant.now().minus(Duration.ofDays(40)));
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(ops.product(Ops.newId(), "ตะกร้าสาน", 1))));
    }

    @Test
    void aProvinceWithoutDaysSaysItsOrgsAreJudgedByTheDepartmentsDays() {
        StaffClient phayao = StaffClient.signIn(api(), "PROVINCE", "56");
        String page = phayao.get("/web/provinces/56/rounds").body();
        assertTrue(page.contains("จังหวัดยังไม่ได้กำหนดวันรายงานของ อปท. จึงใช้วันรายงานของกรมส่งเสริมการปกครองท้องถิ่น"),
                page);
        String area = phayao.get("/web/provinces/56").body();
        assertTrue(area.contains("id=\"round-days\"") && area.contains("จังหวัดยังไม่ได้กำหนดวันรายงาน"), "the area page says so too");
        Map<String, Object> rounds = api().get("/api/v1/progress/rounds?area=56", ADMIN_TOKEN).json();
        assertEquals(ReportingRounds.current(ReportingRounds.DEPARTMENT, today).dueOn().toString(), rounds.get("dueOn"));
    }

    @Test
    void takIsSeededWithItsLettersDays() {
        StaffClient tak = StaffClient.signIn(api(), "PROVINCE", "63");
        String page = tak.get("/web/provinces/63/rounds").body();
        assertTrue(page.contains("value=\"3, 13\"") && page.contains("value=\"2025-10-01\""), page);
        ReportingRounds.Schedule takDays = new ReportingRounds.Schedule(List.of(3, 13), LocalDate.of(2025, 10, 1));
        Map<String, Object> rounds = api().get("/api/v1/progress/rounds?area=6301", ADMIN_TOKEN).json();
        assertEquals(ReportingRounds.current(takDays, today).dueOn().toString(), rounds.get("dueOn"),
                "a district of Tak is judged by Tak's days");
    }

    @Test
    void theProvinceOfficerSetsTheDaysAuditedAndEveryPageJudgesByThem() {
        StaffClient other = StaffClient.signIn(api(), "PROVINCE", "50");
        StaffClient district = StaffClient.signIn(api(), "DISTRICT", "5701");
        Map<String, String> form = Map.of("days", "7, 21", "firstDay", "2025-11-03");
        Map<String, String> withOther = new HashMap<>(form);
        withOther.put("_csrf", other.csrf("/web/provinces/50/rounds"));
        assertEquals(403, other.postForm("/web/provinces/57/rounds", withOther).status(), "another province's officer");
        Map<String, String> withDistrict = new HashMap<>(form);
        withDistrict.put("_csrf", district.csrf("/web/districts/5701"));
        assertEquals(403, district.postForm("/web/provinces/57/rounds", withDistrict).status(), "a district officer");

        Map<String, String> ok = new HashMap<>(form);
        ok.put("_csrf", officer.csrf("/web/provinces/57/rounds"));
        WebSession.Page saved = officer.postForm("/web/provinces/57/rounds", ok);
        assertEquals(303, saved.status(), saved.body());
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'ROUND_DAYS_SET' AND target = '57'"
                + " AND username = ? AND detail = 'days 7, 21 first 2025-11-03'", officer.username()));
        ReportingRounds.Schedule set = new ReportingRounds.Schedule(List.of(7, 21), LocalDate.of(2025, 11, 3));
        LocalDate due = ReportingRounds.current(set, today).dueOn();
        for (String area : List.of("57", "5701")) {
            Map<String, Object> rounds = api().get("/api/v1/progress/rounds?area=" + area, ADMIN_TOKEN).json();
            assertEquals(due.toString(), rounds.get("dueOn"), area);
        }
        String page = officer.get("/web/provinces/57").body();
        assertTrue(page.contains("จังหวัดกำหนดวันรายงานทุกวันที่ 7, 21"), "the province page names its own days");
    }

    @Test
    void badDaysOrFirstDayAreRefusedInThaiAndChangeNothing() {
        StaffClient chiangRai = StaffClient.signIn(api(), "PROVINCE", CHIANG_RAI);
        String before = Db.string("SELECT COALESCE(MAX(CONCAT(days, first_day)), '') FROM reporting_schedule"
                + " WHERE province_code = '57'");
        for (String[] bad : new String[][] {{"0, 40", "2025-11-03", "กรุณาใส่วันที่ของเดือน 1–4 วัน"},
                {"abc", "2025-11-03", "กรุณาใส่วันที่ของเดือน"}, {"5, 5", "2025-11-03", "ไม่ซ้ำกัน"},
                {"3, 13", "1/10/2568", "กรุณาเลือกวันรายงานครั้งแรกให้ถูกต้อง"},
                {"3, 13", "1990-01-01", "กรุณาเลือกวันรายงานครั้งแรกให้ถูกต้อง"}}) {
            Map<String, String> form = new HashMap<>(Map.of("days", bad[0], "firstDay", bad[1]));
            form.put("_csrf", chiangRai.csrf("/web/provinces/57/rounds"));
            WebSession.Page refused = chiangRai.postForm("/web/provinces/57/rounds", form);
            assertEquals(400, refused.status(), String.join(" ", bad));
            assertTrue(refused.body().contains(bad[2]), refused.body());
        }
        assertEquals(0, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'ROUND_DAYS_SET' AND username = ?",
                chiangRai.username()));
        assertEquals(before, Db.string("SELECT COALESCE(MAX(CONCAT(days, first_day)), '') FROM reporting_schedule"
                + " WHERE province_code = '57'"));
    }

    @Test
    void aNewProductReceivedNowCountsInThisRoundAndThePhonesDateIsShownBesideIt() {
        WebSession.Page csv = officer.get("/web/reports/progress/csv?area=5701");
        assertEquals(200, csv.status());
        String text = csv.body();
        String line = text.lines().filter(l -> l.contains(slowClock)).findFirst().orElseThrow();
        assertTrue(line.contains("รายงานแล้ว," + today + "," + today.minusDays(40)), line);
        String quiet = text.lines().filter(l -> l.contains(silent)).findFirst().orElseThrow();
        assertTrue(quiet.contains("ยังไม่รายงาน"), quiet);
        String orgPage = officer.get("/web/orgs/" + slowClock).body();
        assertTrue(orgPage.contains("id=\"org-round-status\">รายงานแล้ว<"), "the อปท. page judges it the same way");
        String report = officer.get("/web/reports/progress?area=5701").body();
        assertTrue(report.contains("id=\"round-days\""), "the report names the days it judges by");
    }

    @Test
    void aSentReportIsFrozenResendingReplacesItAndTheNationSeesItWithTheLateProvinces() {
        StaffClient national = StaffClient.signIn(api(), "NATIONAL", null);
        LocalDate due = ReportingRounds.current(ReportingRounds.DEPARTMENT, today).dueOn();
        LocalDate lastDue = ReportingRounds.previous(ReportingRounds.DEPARTMENT, today).orElseThrow().dueOn();

        String before = officer.get("/web/provinces/57").body();
        assertTrue(before.contains("รายงานของจังหวัดถึงกรม รอบกำหนด " + Texts.thai().date(due) + ": ยังไม่ส่ง"),
                "the province page reminds its officer: " + before);

        Map<String, String> byNation = Map.of("_csrf", national.csrf("/web/provinces/57/rounds"));
        WebSession.Page refused = national.postForm("/web/provinces/57/rounds/send", byNation);
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains("เฉพาะเจ้าหน้าที่ของจังหวัดเท่านั้นที่ส่งรายงานของจังหวัดถึงกรมได้"));

        WebSession.Page sent = officer.postForm("/web/provinces/57/rounds/send",
                Map.of("_csrf", officer.csrf("/web/provinces/57/rounds")));
        assertEquals(303, sent.status(), sent.body());
        long orgs = Db.count("SELECT COUNT(*) FROM org WHERE province_code = '57'");
        assertEquals(orgs, Db.count("SELECT orgs FROM round_report_sent WHERE province_code = '57' AND due_on = ?", due));
        long reported = Db.count("SELECT reported FROM round_report_sent WHERE province_code = '57' AND due_on = ?", due);
        assertTrue(reported >= 1, "the slow-clock org's product");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'ROUND_REPORT_SENT' AND target = '57'"
                + " AND username = ?", officer.username()));
        assertTrue(officer.get("/web/provinces/57").body().contains("รายงานของจังหวัดถึงกรม รอบกำหนด "
                + Texts.thai().date(due) + ": ส่งถึงกรมแล้วเมื่อ "), "and then says it was sent");

        // the silent org reports after the send: the frozen report does not change
        Api.Device phone = api().pair(silent);
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(new Ops(Instant.now()).milestone(
                new MilestoneRecord(1L, today, null, "ตะกร้าสาน", null, null, null, null, null, null, List.of())))));
        String frozen = national.get("/web/rounds/57/" + due).body();
        assertTrue(frozen.contains("รายงานแล้วในรอบนี้ " + reported), frozen);
        assertTrue(frozen.contains("ข้อมูล ณ เวลาที่ส่ง ไม่คำนวณใหม่"));
        WebSession.Page csv = national.get("/web/rounds/57/" + due + "/csv");
        assertEquals(200, csv.status(), csv.body());
        String lines = new String(csv.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(orgs + 1, lines.lines().count(), "the headings and one line per อปท. as sent");
        assertTrue(lines.startsWith("\uFEFF" + String.join(",", ProgressExports.sentHeadings())), lines);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'ROUND_SENT_CSV_EXPORTED' AND target = '57'"));
        assertEquals(403, StaffClient.signIn(api(), "PROVINCE", "56").get("/web/rounds/57/" + due + "/csv").status(),
                "another province's");

        WebSession.Page again = officer.postForm("/web/provinces/57/rounds/send",
                Map.of("_csrf", officer.csrf("/web/provinces/57/rounds")));
        assertEquals(303, again.status());
        assertEquals(2, Db.count("SELECT times_sent FROM round_report_sent WHERE province_code = '57' AND due_on = ?", due));
        assertEquals(reported + 1, Db.count("SELECT reported FROM round_report_sent WHERE province_code = '57'"
                + " AND due_on = ?", due), "the resend replaced it with the report as it is now");
        assertEquals(1, Db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'ROUND_REPORT_RESENT' AND target = '57'"
                + " AND username = ?", officer.username()));

        // Chiang Rai sent the last round too; Phayao did not
        Db.execute("INSERT IGNORE INTO round_report_sent (province_code, due_on, round_opens_on, round_due_on, sent_at,"
                + " sent_by, times_sent, orgs, reported, not_reported, done, rows_json) VALUES ('57', '" + lastDue
                + "', '" + lastDue.minusDays(10) + "', '" + lastDue + "', NOW(3), 'x', 1, 0, 0, 0, 0, '[]')");
        String nation = national.get("/web/rounds").body();
        String late = nation.substring(nation.indexOf("id=\"rounds-late\""), nation.indexOf("</section>",
                nation.indexOf("id=\"rounds-late\"")));
        assertTrue(late.contains("/web/provinces/56"), "Phayao is late");
        assertFalse(late.contains("/web/provinces/57"), "Chiang Rai is not");
        assertTrue(nation.contains("/web/rounds/57/" + due), "the sent report is linked");
        assertEquals(403, officer.get("/web/rounds").status(), "only national staff see every province");
    }

    @Test
    void stepThreesIncomeAndPeopleWorkingAreSummedPerRoundOnTheAreaPages() {
        String one = TestOrgs.create("อบต.รายได้หนึ่ง", "560201");
        String two = TestOrgs.create("อบต.รายได้สอง", "560201");
        pushStep3(one, 50_000L, 2L, 120_000L, 4L);
        pushStep3(two, 30_000L, 1L);
        LocalDate due = ReportingRounds.current(ReportingRounds.DEPARTMENT, today).dueOn();
        StaffClient national = StaffClient.signIn(api(), "NATIONAL", null);
        String row = row(national.get("/web/districts/5602").body(), due);
        assertTrue(row.contains("1,500.00"), "the latest of each อปท. in the round, summed: " + row);
        assertTrue(row.contains("<td class=\"num income-workers\">5</td>"), row);
        assertTrue(national.get("/web/nation").body().contains("id=\"income-round-"), "the nation's page too");
    }

    /** Pushes a product and step 3 with each (income, workers) pair in turn, received now. */
    private void pushStep3(String org, Long... incomeAndWorkers) {
        Api.Device phone = api().pair(org);
        Ops ops = new Ops(Instant.now());
        java.util.UUID product = Ops.newId();
        List<th.wastebank.sync.SyncOp> sent = new java.util.ArrayList<>(List.of(ops.product(product, "ตะกร้า", 1)));
        for (int i = 0; i < incomeAndWorkers.length; i += 2) {
            sent.add(ops.milestone(new MilestoneRecord(3, today, null, null, null, null, product, null, null, null,
                    List.of(), null, null, null, null, "นางทดสอบ", incomeAndWorkers[i], incomeAndWorkers[i + 1])));
        }
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, sent).stream().distinct().toList());
    }

    private static String row(String page, LocalDate due) {
        String row = page.substring(page.indexOf("id=\"income-round-" + due + "\""));
        return row.substring(0, row.indexOf("</tr>"));
    }
}
