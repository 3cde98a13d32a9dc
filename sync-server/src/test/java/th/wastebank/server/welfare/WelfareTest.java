package th.wastebank.server.welfare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;
import th.wastebank.validation.Dates;
import th.wastebank.welfare.LevyLine;
import th.wastebank.welfare.LevyPlan;
import th.wastebank.welfare.LevyRun;
import th.wastebank.welfare.SchemeUpsert;
import th.wastebank.welfare.WelfarePostings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Welfare through the real push API against the real database: levies, claims, payouts, the fund. */
@SharedServer
class WelfareTest extends ServerTestBase {
    private static final long TWENTY_BAHT = 2_000;
    private static final LocalDate LONG_AGO = LocalDate.of(2024, 1, 15);

    private static String code(Api.Response r, int i) {
        Map<?, ?> reason = (Map<?, ?>) r.results().get(i).get("reason");
        return reason == null ? (String) r.results().get(i).get("status") : (String) reason.get("code");
    }

    private static long fund(String org) {
        return Db.count("SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entry e JOIN org o ON o.id = e.org_id"
                + " WHERE o.code = ? AND e.account = 2", org);
    }

    private static long entries(String org, int account, int kind) {
        return Db.count("SELECT COUNT(*) FROM ledger_entry e JOIN org o ON o.id = e.org_id"
                + " WHERE o.code = ? AND e.account = ? AND e.kind = ?", org, account, kind);
    }

    private static String flags(Api api, String org) {
        return api.get("/api/v1/admin/orgs/" + org + "/review-flags", ADMIN_TOKEN).body();
    }

    /** Registers {@code n} members who joined long ago, each with a 40-baht deposit, in pushes of at most 500 ops. */
    private List<UUID> members(Api.Device device, Ops ops, int n) {
        List<UUID> ids = new ArrayList<>();
        List<SyncOp> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = Ops.newId();
            ids.add(id);
            batch.add(ops.member(id, "สมาชิก " + i, LONG_AGO));
            batch.add(ops.deposit(id, 5_000));
            if (batch.size() >= 500 || i == n - 1) {
                assertEquals(List.of("APPLIED"), api().pushStatuses(device, batch).stream().distinct().toList());
                batch.clear();
            }
        }
        return ids;
    }

    @Test
    void aTwentyBahtLevyOver828MembersMakes828EntriesAnd16560BahtInTheFundExactlyOnce() {
        String org = TestOrgs.create("อบต.ฌาปนกิจ");
        Api.Device phoneA = api().pair(org);
        Api.Device phoneB = api().pair(org);
        Ops opsA = new Ops(Instant.now());
        Ops opsB = new Ops(Instant.now());
        List<UUID> members = members(phoneA, opsA, 828);
        UUID scheme = Ops.newId();
        UUID claim = Ops.newId();
        UUID run = Ops.newId();
        SyncOp levy = opsA.levy(run, scheme, claim.toString(), members, TWENTY_BAHT);
        List<String> statuses = api().pushStatuses(phoneA, List.of(
                opsA.funeralScheme(scheme, 500_000, TWENTY_BAHT, 6),
                opsA.claim(claim, scheme, members.get(7), LocalDate.now(Dates.THAI)),
                levy));
        assertEquals(List.of("APPLIED", "APPLIED", "APPLIED"), statuses);

        assertEquals(List.of("DUPLICATE"), api().pushStatuses(phoneA, List.of(levy)), "the same op again");
        Api.Response second = api().push(phoneB, List.of(
                opsB.levy(Ops.newId(), scheme, claim.toString(), members, TWENTY_BAHT)));
        assertEquals("LEVY_ALREADY_RUN", code(second, 0), "the other phone's run for the same death");

        assertEquals(828, entries(org, 1, 3));
        assertEquals(1, entries(org, 2, 3));
        assertEquals(1_656_000, fund(org));
        assertEquals(828L * (4_000 - TWENTY_BAHT), Db.savings(org), "savings lost exactly what the fund gained");
        Map<String, Object> welfare = api().get("/api/v1/welfare", phoneB.token()).json();
        assertEquals(1_656_000, ((Number) ((Map<?, ?>) welfare.get("fund")).get("balance")).longValue());
        Map<String, Object> balance = api().get("/api/v1/members/" + members.get(0) + "/balance", phoneB.token()).json();
        assertEquals(2_000, ((Number) balance.get("balance")).longValue());
        assertEquals("[]", flags(api(), org));
    }

    @Test
    void aMemberWhoseMembershipIsTooShortIsRecordedAndFlagged() {
        String org = TestOrgs.create("อบต.สมาชิกใหม่");
        Api.Device phone = api().pair(org);
        Ops ops = new Ops(Instant.now());
        LocalDate today = LocalDate.now(Dates.THAI);
        UUID newcomer = Ops.newId();
        UUID oldTimer = Ops.newId();
        UUID scheme = Ops.newId();
        UUID early = Ops.newId();
        UUID fine = Ops.newId();
        List<String> statuses = api().pushStatuses(phone, List.of(
                ops.member(newcomer, "นายมาใหม่ ใจดี", today.minusMonths(2)),
                ops.member(oldTimer, "นางอยู่นาน มั่นคง", LONG_AGO),
                ops.funeralScheme(scheme, 300_000, TWENTY_BAHT, 6),
                ops.claim(early, scheme, newcomer, today),
                ops.claim(fine, scheme, oldTimer, today)));
        assertEquals(List.of("APPLIED"), statuses.stream().distinct().toList());
        String flags = flags(api(), org);
        assertTrue(flags.contains("WELFARE_NOT_ELIGIBLE") && flags.contains(early.toString()), flags);
        assertTrue(flags.contains("เป็นสมาชิกมา 2 เดือน สวัสดิการนี้ต้องเป็นสมาชิกอย่างน้อย 6 เดือน"), flags);
        assertFalse(flags.contains(fine.toString()), flags);
        assertEquals(2, Db.count("SELECT COUNT(*) FROM welfare_claim k JOIN org o ON o.id = k.org_id WHERE o.code = ?", org));
    }

    @Test
    void aPayoutLargerThanTheFundIsRecordedAndFlaggedAndNeverTouchesSavings() {
        String org = TestOrgs.create("อบต.กองทุนน้อย");
        Api.Device phone = api().pair(org);
        Ops ops = new Ops(Instant.now());
        List<UUID> members = members(phone, ops, 3);
        UUID scheme = Ops.newId();
        UUID claim = Ops.newId();
        long savingsBefore = Db.savings(org);
        List<String> statuses = api().pushStatuses(phone, List.of(
                ops.funeralScheme(scheme, 500_000, TWENTY_BAHT, 0),
                ops.contribution(150_000),
                ops.claim(claim, scheme, members.get(0), LocalDate.now(Dates.THAI)),
                ops.levy(Ops.newId(), scheme, claim.toString(), members, TWENTY_BAHT),
                ops.payout(claim, 500_000)));
        assertEquals(List.of("APPLIED"), statuses.stream().distinct().toList());
        assertEquals(150_000 + 3 * TWENTY_BAHT - 500_000, fund(org));
        assertEquals(savingsBefore - 3 * TWENTY_BAHT, Db.savings(org), "the payout came out of the fund only");
        String flags = flags(api(), org);
        assertTrue(flags.contains("WELFARE_FUND_NEGATIVE"), flags);
        assertFalse(flags.contains("WELFARE_DOUBLE_PAYOUT"), flags);

        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(ops.payout(claim, 500_000))));
        flags = flags(api(), org);
        assertTrue(flags.contains("WELFARE_DOUBLE_PAYOUT") && flags.contains("WELFARE_PAYOUT_ABOVE_RULE"), flags);
        Map<?, ?> fund = (Map<?, ?>) api().get("/api/v1/admin/orgs/" + org + "/welfare", ADMIN_TOKEN).json().get("fund");
        assertEquals(150_000 + 3 * TWENTY_BAHT - 1_000_000, ((Number) fund.get("balance")).longValue());
        assertEquals(1_000_000, ((Number) fund.get("paidOut")).longValue());
    }

    @Test
    void givingOneMemberTheirLevyBackTakesItOutOfTheFundAndTheFundSideCannotBeReversedAlone() {
        String org = TestOrgs.create("อบต.คืนเงินสมทบ");
        Api.Device phone = api().pair(org);
        Ops ops = new Ops(Instant.now());
        List<UUID> members = members(phone, ops, 4);
        UUID scheme = Ops.newId();
        UUID run = Ops.newId();
        api().pushStatuses(phone, List.of(ops.funeralScheme(scheme, 100_000, TWENTY_BAHT, 0),
                ops.levy(run, scheme, "2569-01", members, TWENTY_BAHT)));
        UUID memberEntry = WelfarePostings.levyEntryId(run, members.get(2));
        Api.Response r = api().push(phone, List.of(ops.reverse(memberEntry, "ยกเว้นผู้พิการ"), ops.reverse(run, "ผิด")));
        assertEquals("APPLIED", code(r, 0));
        assertEquals("LEVY_TOTAL_NOT_REVERSIBLE", code(r, 1));
        assertEquals(3 * TWENTY_BAHT, fund(org));
        Map<String, Object> balance = api().get("/api/v1/members/" + members.get(2) + "/balance", phone.token()).json();
        assertEquals(4_000, ((Number) balance.get("balance")).longValue());
    }

    @Test
    void aLevyThatLeavesOutAMemberIsAppliedAsDecidedAndFlagged() {
        String org = TestOrgs.create("อบต.ตกหล่น");
        Api.Device phone = api().pair(org);
        Ops ops = new Ops(Instant.now());
        List<UUID> members = members(phone, ops, 5);
        UUID scheme = Ops.newId();
        api().pushStatuses(phone, List.of(ops.funeralScheme(scheme, 100_000, TWENTY_BAHT, 0),
                ops.levy(Ops.newId(), scheme, "event-1", members.subList(0, 4), TWENTY_BAHT)));
        assertEquals(4 * TWENTY_BAHT, fund(org));
        String flags = flags(api(), org);
        assertTrue(flags.contains("LEVY_MISMATCH") && flags.contains("\\\"notLevied\\\":1")
                && flags.contains("สมาชิก 4"), flags);
    }

    @Test
    void aDepositShareLevyIsCheckedLineByLineAgainstTheSharedPlanAndAWrongLineIsAppliedAndFlagged() {
        String org = TestOrgs.create("อบต.ส่วนแบ่งเงินฝาก");
        Api.Device phone = api().pair(org);
        Ops ops = new Ops(Instant.now());
        List<UUID> depositors = members(phone, ops, 3);
        UUID nothingDeposited = Ops.newId();
        UUID scheme = Ops.newId();
        api().pushStatuses(phone, List.of(ops.member(nothingDeposited, "สมาชิกไม่ได้ฝาก", LONG_AGO),
                ops.op(scheme, new SchemeUpsert("ออมเพื่อผู้สูงอายุ", "ELDER", "FIXED", 100_000, null, 0, 0, 0,
                        "DEPOSIT_SHARE", null, 500L, "ACTIVE", 1))));
        LocalDate today = LocalDate.now(Dates.THAI);
        long share = 200; // 5% of each depositor's 40 baht; the member who deposited nothing owes nothing
        List<LevyLine> asPlanned = depositors.stream().map(m -> new LevyLine(m, share)).toList();

        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(shareRun(ops, scheme,
                new LevyPlan.Period(today.minusDays(7), today.plusDays(1)), asPlanned))));
        assertFalse(flags(api(), org).contains("LEVY_MISMATCH"), "exactly the plan: nothing to flag");

        List<LevyLine> oneWrong = new ArrayList<>(asPlanned);
        oneWrong.set(1, new LevyLine(depositors.get(1), share + 100));
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(shareRun(ops, scheme,
                new LevyPlan.Period(today.minusDays(8), today.plusDays(1)), oneWrong))));
        String flags = flags(api(), org);
        assertTrue(flags.contains("LEVY_MISMATCH") && flags.contains("\\\"linesNotAtDepositShare\\\":1")
                && !flags.contains("notLevied"), flags);
        assertEquals(2 * 3 * share + 100, fund(org), "applied as the committee decided");
    }

    private static SyncOp shareRun(Ops ops, UUID scheme, LevyPlan.Period period, List<LevyLine> lines) {
        return ops.op(Ops.newId(), new LevyRun(scheme, period.event(), "ส่วนแบ่งเงินฝาก " + period.event(),
                "DEPOSIT_SHARE", Instant.now(), lines, lines.stream().mapToLong(LevyLine::amount).sum(),
                List.of("สมชาย ประธาน", "สมหญิง เหรัญญิก")));
    }

    @Test
    void welfareOpsThatCannotBeAppliedAreRefusedWithAReason() {
        String org = TestOrgs.create("อบต.ข้อมูลผิด");
        String other = TestOrgs.create("อบต.ข้างเคียง");
        Api.Device phone = api().pair(org);
        Api.Device otherPhone = api().pair(other);
        Ops ops = new Ops(Instant.now());
        UUID stranger = Ops.newId();
        api().pushStatuses(otherPhone, List.of(new Ops(Instant.now()).member(stranger, "คนต่างตำบล", LONG_AGO)));
        List<UUID> members = members(phone, ops, 2);
        UUID scheme = Ops.newId();
        UUID hospital = Ops.newId();
        api().pushStatuses(phone, List.of(ops.funeralScheme(scheme, 100_000, TWENTY_BAHT, 0),
                ops.op(hospital, new th.wastebank.welfare.SchemeUpsert("นอนโรงพยาบาล", "ILLNESS", "PER_DAY", 10_000,
                        5L, 0, 0, 0, "SALE_MARGIN", null, null, "ACTIVE", 1))));
        Api.Response r = api().push(phone, List.of(
                ops.claim(Ops.newId(), Ops.newId(), members.get(0), LocalDate.now(Dates.THAI)),
                ops.claim(Ops.newId(), hospital, members.get(0), LocalDate.now(Dates.THAI)),
                ops.levy(Ops.newId(), scheme, "event-x", List.of(members.get(0), stranger), TWENTY_BAHT),
                ops.payout(Ops.newId(), 1_000)));
        assertEquals(List.of("UNKNOWN_SCHEME", "DAYS_REQUIRED", "UNKNOWN_MEMBER", "UNKNOWN_CLAIM"),
                List.of(code(r, 0), code(r, 1), code(r, 2), code(r, 3)));
        assertEquals(0, fund(org));
        assertEquals(0, entries(org, 1, 3));
    }
}
