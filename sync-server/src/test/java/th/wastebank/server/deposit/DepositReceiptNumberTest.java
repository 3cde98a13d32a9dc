package th.wastebank.server.deposit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;
import th.wastebank.withdrawal.WithdrawalRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A deposit's (and a withdrawal's) receipt number, pushed through the real sync API: stored with the entry and shown on
 * the member's passbook page; a number another deposit of the bank already has does not cost the
 * deposit (applied, stored without the number, flagged RECEIPT_NO_DUPLICATE); a deposit without a
 * number shows the old number made from its id.
 */
@SharedServer
class DepositReceiptNumberTest extends ServerTestBase {
    /** 2026-12-05 10:00 in Thailand. */
    private static final Instant AT = Instant.parse("2026-12-05T03:00:00Z");
    private final Ops ops = new Ops(AT);

    private SyncOp deposit(UUID member, String receiptNo) {
        DepositRecord d = DepositRecord.of(member, AT, List.of(DepositLine.priced("PET_CLEAR", 1_000, 800)));
        return ops.op(Ops.newId(), receiptNo == null ? d : d.withReceiptNo(receiptNo));
    }

    private static String storedNumber(SyncOp deposit) {
        return Db.string("SELECT receipt_no FROM ledger_entry WHERE id = UNHEX(REPLACE(?, '-', ''))",
                deposit.entityId().toString());
    }

    private static long duplicateFlags(String org) {
        return Db.count("SELECT COUNT(*) FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?"
                + " AND f.kind = 'RECEIPT_NO_DUPLICATE'", org);
    }

    private String passbookPage(String org, UUID member) {
        return StaffClient.signIn(api(), "ORG", org).get("/web/orgs/" + org + "/members/" + member).body();
    }

    @Test
    void aPushedDepositsNumberIsStoredAndShownOnThePassbookPage() {
        String org = TestOrgs.create("อบต.เลขที่ใบรับฝาก");
        Api.Device phone = api().pair(org);
        UUID member = Ops.newId();
        SyncOp deposit = deposit(member, "AA-000123");

        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(phone, List.of(
                ops.member(member, "นางสมศรี ใจดี"), deposit)));

        assertEquals("AA-000123", storedNumber(deposit));
        String page = passbookPage(org, member);
        assertTrue(page.contains("AA-000123"), page);
    }

    @Test
    void aWithdrawalsNumberComesFromTheSameCounterAndIsStoredShownAndCheckedAsADepositsIs() {
        String org = TestOrgs.create("อบต.เลขที่ใบถอน");
        Api.Device phone = api().pair(org, "โทรศัพท์กรรมการ 1");
        UUID member = Ops.newId();
        SyncOp deposit = deposit(member, "AC-000001");
        SyncOp withdrawal = ops.op(Ops.newId(), new WithdrawalRecord(member, 300, AT, List.of("สมชาย ประธาน",
                "สมหญิง เหรัญญิก")).withReceiptNo("AC-000002"));
        SyncOp sameNumber = ops.op(Ops.newId(), new WithdrawalRecord(member, 100, AT, List.of("สมชาย ประธาน",
                "สมหญิง เหรัญญิก")).withReceiptNo("AC-000001"));

        assertEquals(List.of("APPLIED", "APPLIED", "APPLIED", "APPLIED"), api().pushStatuses(phone, List.of(
                ops.member(member, "นางสมศรี ใจดี"), deposit, withdrawal, sameNumber)));

        assertEquals("AC-000002", storedNumber(withdrawal));
        assertNull(storedNumber(sameNumber), "a number a deposit already has is not stored twice");
        assertEquals(800 - 300 - 100, Db.savings(org), "the cash paid is on the books");
        assertEquals(1, duplicateFlags(org));
        String page = passbookPage(org, member);
        String legacy = sameNumber.entityId().toString().substring(0, 8).toUpperCase();
        assertTrue(page.contains(">AC-000002<") && page.contains(">" + legacy + "<"), page);
        String queue = StaffClient.signIn(api(), "ORG", org).get("/web/orgs/" + org + "/review").body();
        assertTrue(queue.contains("เลขที่การถอนเงิน AC-000001 ที่ นางสมศรี ใจดี ได้รับเมื่อ 5 ธ.ค. 2569"
                + " (โทรศัพท์กรรมการ 1) ซ้ำกับรายการฝากของ นางสมศรี ใจดี เมื่อ 5 ธ.ค. 2569 ระบบบันทึกการถอนแล้ว"
                + " โดยใช้เลขที่ " + legacy + " แทน"), queue);
    }

    @Test
    void aSecondDepositWithTheSameNumberIsAppliedStoredWithoutItAndFlagged() {
        String org = TestOrgs.create("อบต.เลขที่ซ้ำ");
        Api.Device first = api().pair(org, "โทรศัพท์กรรมการ 1");
        Api.Device second = api().pair(org, "โทรศัพท์กรรมการ 2");
        UUID somsri = Ops.newId();
        UUID somchai = Ops.newId();
        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(first, List.of(
                ops.member(somsri, "นางสมศรี ใจดี"), ops.member(somchai, "นายสมชาย รักดี"))));
        SyncOp original = deposit(somsri, "AB-000007");
        SyncOp again = deposit(somchai, "AB-000007");
        SyncOp sameFromOnePush = deposit(somchai, "AB-000007");

        assertEquals(List.of("APPLIED"), api().pushStatuses(first, List.of(original)));
        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(second, List.of(again, sameFromOnePush)));
        api().pushStatuses(second, List.of(again));

        assertEquals(3 * 800, Db.savings(org), "every deposit's cash is on the books");
        assertEquals("AB-000007", storedNumber(original));
        assertNull(storedNumber(again));
        assertNull(storedNumber(sameFromOnePush));
        assertEquals(2, duplicateFlags(org), "one per later deposit, none for the same op pushed again");
        String detail = Db.string("SELECT f.detail FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?"
                + " AND f.kind = 'RECEIPT_NO_DUPLICATE' AND f.subject_id = UNHEX(REPLACE(?, '-', ''))", org,
                again.entityId().toString());
        assertTrue(detail.contains("\"receiptNo\":\"AB-000007\"")
                && detail.contains("\"holderEntryId\":\"" + original.entityId() + "\""), detail);

        String queue = StaffClient.signIn(api(), "ORG", org).get("/web/orgs/" + org + "/review").body();
        String legacy = again.entityId().toString().substring(0, 8).toUpperCase();
        assertTrue(queue.contains("เลขที่ใบรับฝาก AB-000007 ที่ นายสมชาย รักดี ได้รับเมื่อ 5 ธ.ค. 2569 (โทรศัพท์กรรมการ 2)"
                + " ซ้ำกับรายการฝากของ นางสมศรี ใจดี เมื่อ 5 ธ.ค. 2569 ระบบบันทึกการฝากแล้ว โดยใช้เลขที่ " + legacy
                + " แทน"), queue);
        assertTrue(passbookPage(org, somchai).contains(legacy), "the passbook shows the number it was stored under");
    }

    @Test
    void anOldDepositWithoutANumberShowsTheFirstEightHexDigitsOfItsId() {
        String org = TestOrgs.create("อบต.ใบรับฝากเก่า");
        Api.Device phone = api().pair(org);
        UUID member = Ops.newId();
        SyncOp old = deposit(member, null);

        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(phone, List.of(
                ops.member(member, "นางสมศรี ใจดี"), old)));

        assertNull(storedNumber(old));
        String page = passbookPage(org, member);
        assertTrue(page.contains(">" + old.entityId().toString().substring(0, 8).toUpperCase() + "<"), page);
    }
}
