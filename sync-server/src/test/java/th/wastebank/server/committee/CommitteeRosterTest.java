package th.wastebank.server.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.committee.CommitteeUpsert;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.server.support.WebSession;
import th.wastebank.sync.SyncOp;
import th.wastebank.welfare.LevyLine;
import th.wastebank.welfare.LevyRun;
import th.wastebank.welfare.PayoutRecord;
import th.wastebank.withdrawal.WithdrawalRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committee roster through the real push API, and money approved by roster ids: applied
 * always (the cash was handed over), flagged APPROVERS_NOT_ON_COMMITTEE when the two ids are not
 * two different roster members on the committee on the day of payment; typed names as before.
 */
@SharedServer
class CommitteeRosterTest extends ServerTestBase {
    /** 2026-11-20 10:00 in Thailand. */
    private static final Instant PAID_AT = Instant.parse("2026-11-20T03:00:00Z");
    /** 12.5 kg of clear PET at 8 baht: 100 baht. */
    private static final long DEPOSIT_GRAMS = 12_500;
    private static final List<String> NAMES = List.of("นายสมชาย ประธาน", "นางสมหญิง เหรัญญิก");
    private final Ops ops = new Ops(PAID_AT);

    private record Bank(String org, Api.Device phone, UUID member, UUID chair, UUID treasurer, UUID retired) {
    }

    /** A bank with a member holding 100 baht, a chair and a treasurer in term, and a member whose term ended. */
    private Bank bank(String name) {
        String org = TestOrgs.create(name);
        Api.Device phone = api().pair(org);
        UUID member = Ops.newId();
        UUID chair = Ops.newId();
        UUID treasurer = Ops.newId();
        UUID retired = Ops.newId();
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(
                ops.member(member, "นางสมศรี ใจดี"), ops.deposit(member, DEPOSIT_GRAMS),
                seat(chair, "นายสมชาย ประธาน", "CHAIR", LocalDate.of(2025, 10, 1), null, 1),
                seat(treasurer, "นางสมหญิง เหรัญญิก", "TREASURER", LocalDate.of(2025, 10, 1), null, 1),
                seat(retired, "นายเกษียณ พ้นวาระ", "MEMBER", LocalDate.of(2023, 10, 1), LocalDate.of(2025, 9, 30), 1)))
                .stream().distinct().toList());
        return new Bank(org, phone, member, chair, treasurer, retired);
    }

    private SyncOp seat(UUID id, String name, String role, LocalDate from, LocalDate to, long version) {
        return ops.op(id, new CommitteeUpsert(name, role, from, to, version));
    }

    private SyncOp withdrawal(UUID member, UUID... approvers) {
        return ops.op(Ops.newId(), new WithdrawalRecord(member, 2_000, PAID_AT, NAMES).withApproverIds(List.of(approvers)));
    }

    private static String flags(String org) {
        return String.valueOf(Db.string("SELECT GROUP_CONCAT(f.detail ORDER BY f.id SEPARATOR '\\n') FROM review_flag f"
                + " JOIN org o ON o.id = f.org_id WHERE o.code = ? AND f.kind = 'APPROVERS_NOT_ON_COMMITTEE'", org));
    }

    private static long flagCount(String org) {
        return Db.count("SELECT COUNT(*) FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?"
                + " AND f.kind = 'APPROVERS_NOT_ON_COMMITTEE'", org);
    }

    @Test
    void aWithdrawalApprovedByTwoCommitteeMembersInTermIsAppliedWithoutAFlag() {
        Bank bank = bank("อบต.กรรมการครบ");
        SyncOp w = withdrawal(bank.member(), bank.chair(), bank.treasurer());

        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(), List.of(w)));

        assertEquals(8_000, Db.savings(bank.org()));
        assertEquals(0, flagCount(bank.org()));
        assertTrue(Db.string("SELECT s.payload FROM sync_op s WHERE s.entity_id = UNHEX(REPLACE(?, '-', ''))",
                w.entityId().toString()).contains("\"approverIds\":[\"" + bank.chair()), "the ids travel to other phones");
    }

    @Test
    void theSameCommitteeMemberTwiceIsRecordedBecauseTheCashWasPaidAndFlagged() {
        Bank bank = bank("อบต.ยืนยันคนเดียว");

        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(),
                List.of(withdrawal(bank.member(), bank.chair(), bank.chair()))));

        assertEquals(8_000, Db.savings(bank.org()), "the withdrawal is in the ledger");
        assertTrue(flags(bank.org()).contains("\"SAME_PERSON:" + bank.chair() + "\""), flags(bank.org()));
        WebSession.Page queue = StaffClient.signIn(api(), "ORG", bank.org()).get("/web/orgs/" + bank.org() + "/review");
        assertTrue(queue.body().contains("ผู้ยืนยันการจ่ายเงินไม่ใช่กรรมการสองคนที่ต่างกันและอยู่ในวาระในวันจ่าย"),
                queue.body());
    }

    @Test
    void anUnknownIdOrOneOutOfTermIsRecordedAndFlaggedWithWhoAndWhichDay() {
        Bank bank = bank("อบต.พ้นวาระ");
        UUID stranger = Ops.newId();

        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(bank.phone(), List.of(
                withdrawal(bank.member(), bank.chair(), stranger),
                withdrawal(bank.member(), bank.retired(), bank.treasurer()))));

        assertEquals(10_000 - 4_000, Db.savings(bank.org()));
        String flags = flags(bank.org());
        assertEquals(2, flagCount(bank.org()));
        assertTrue(flags.contains("\"UNKNOWN:" + stranger + "\"") && flags.contains("\"NOT_ON_COMMITTEE:"
                + bank.retired() + "\"") && flags.contains("\"day\":\"2026-11-20\""), flags);
    }

    @Test
    void aRosterMemberOfAnotherBankIsUnknownHereAndTheirSeatCannotBeTaken() {
        Bank bank = bank("อบต.กรรมการบ้านเรา");
        Bank other = bank("อบต.กรรมการบ้านอื่น");

        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(),
                List.of(withdrawal(bank.member(), bank.chair(), other.chair()))));
        assertTrue(flags(bank.org()).contains("\"UNKNOWN:" + other.chair() + "\""), flags(bank.org()));

        Api.Response taken = api().push(bank.phone(), List.of(seat(other.chair(), "ผู้แอบอ้าง", "CHAIR",
                LocalDate.of(2025, 1, 1), null, 2)));
        assertEquals("ENTITY_CONFLICT", ((Map<?, ?>) taken.results().get(0).get("reason")).get("code"));
    }

    @Test
    void aSeatEditedLaterEndsTheTermAndLaterPaymentsAreFlagged() {
        Bank bank = bank("อบต.ลาออกจากกรรมการ");
        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(), List.of(
                seat(bank.treasurer(), "นางสมหญิง เหรัญญิก", "TREASURER", LocalDate.of(2025, 10, 1),
                        LocalDate.of(2026, 11, 19), 2))));
        assertEquals("2026-11-19", Db.string("SELECT to_day FROM committee_member WHERE id = UNHEX(REPLACE(?, '-', ''))",
                bank.treasurer().toString()));

        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(),
                List.of(withdrawal(bank.member(), bank.chair(), bank.treasurer()))));
        assertTrue(flags(bank.org()).contains("\"NOT_ON_COMMITTEE:" + bank.treasurer() + "\""), flags(bank.org()));
    }

    @Test
    void aPayoutAndALevyApprovedByRosterIdsAreCheckedTheSameWay() {
        Bank bank = bank("อบต.สวัสดิการกรรมการ");
        UUID scheme = Ops.newId();
        UUID claim = Ops.newId();
        UUID run = Ops.newId();
        SyncOp payout = ops.op(Ops.newId(), new PayoutRecord(claim, 50_000, PAID_AT, NAMES,
                List.of(bank.chair(), bank.retired())));
        SyncOp levy = ops.op(run, new LevyRun(scheme, claim.toString(), "ฌาปนกิจ", "LEVY_PER_EVENT", PAID_AT,
                List.of(new LevyLine(bank.member(), 2_000)), 2_000, NAMES, List.of(bank.chair(), bank.treasurer())));

        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(), List.of(
                ops.funeralScheme(scheme, 50_000, 2_000, 0), ops.claim(claim, scheme, bank.member(),
                        LocalDate.of(2026, 11, 19)), levy, payout)).stream().distinct().toList());

        assertEquals(1, flagCount(bank.org()), "only the payout, which a retired member approved");
        assertTrue(flags(bank.org()).contains("\"op\":\"welfare.payout.record\"")
                && flags(bank.org()).contains("NOT_ON_COMMITTEE:" + bank.retired()), flags(bank.org()));
    }

    @Test
    void typedNamesStillApproveAsBeforeAndAreNotCheckedAgainstTheRoster() {
        Bank bank = bank("อบต.ชื่อพิมพ์เอง");

        assertEquals(List.of("APPLIED"), api().pushStatuses(bank.phone(), List.of(ops.withdrawal(bank.member(), 2_000))));

        assertEquals(0, flagCount(bank.org()));
        assertEquals(8_000, Db.savings(bank.org()));
    }

    @Test
    void aSeatWithoutANameOrWithAnUnknownRoleIsRefusedInThai() {
        String org = TestOrgs.create("อบต.กรรมการไม่มีชื่อ");
        Api.Device phone = api().pair(org);

        Api.Response r = api().push(phone, List.of(seat(Ops.newId(), " ", "KING", LocalDate.of(2025, 10, 1), null, 1)));

        Map<?, ?> reason = (Map<?, ?>) r.results().get(0).get("reason");
        assertEquals("REJECTED", r.results().get(0).get("status"));
        assertEquals("COMMITTEE_NAME_REQUIRED", reason.get("code"));
        assertEquals("กรุณากรอกชื่อกรรมการ / กรุณาเลือกตำแหน่งในคณะกรรมการ", reason.get("messageTh"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM committee_member m JOIN org o ON o.id = m.org_id"
                + " WHERE o.code = ?", org));
    }
}
