package th.wastebank.server.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.committee.CommitteeUpsert;
import th.wastebank.ledger.EntryReverse;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.StaffClient;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;
import th.wastebank.transfer.SavingsTransfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code savings.transfer} through the real push API and database: the balance of a member who
 * died moves exactly to the heir as one entry naming both, the welfare fund untouched; a transfer
 * above the balance is applied and flagged as a withdrawal is; bad ones are refused in Thai.
 */
@SharedServer
class HeirTransferTest extends ServerTestBase {
    private static final Instant AT = Instant.parse("2026-11-20T03:00:00Z");
    private static final List<String> NAMES = List.of("นายสมชาย ประธาน", "นางสมหญิง เหรัญญิก");
    private final Ops ops = new Ops(AT);

    private record Bank(String org, Api.Device phone, UUID dead, UUID heir, UUID chair, UUID treasurer) {
    }

    /** The deceased member holds 100 baht, the heir 8 baht; a chair and a treasurer are on the roster. */
    private Bank bank(String name) {
        String org = TestOrgs.create(name);
        Api.Device phone = api().pair(org);
        UUID dead = Ops.newId();
        UUID heir = Ops.newId();
        UUID chair = Ops.newId();
        UUID treasurer = Ops.newId();
        assertEquals(List.of("APPLIED"), api().pushStatuses(phone, List.of(
                ops.member(dead, "นายผู้ล่วงลับ ใจดี"), ops.member(heir, "นางสาวทายาท ใจดี"),
                ops.deposit(dead, 12_500), ops.deposit(heir, 1_000),
                ops.op(chair, new CommitteeUpsert(NAMES.get(0), "CHAIR", LocalDate.of(2025, 10, 1), null, 1)),
                ops.op(treasurer, new CommitteeUpsert(NAMES.get(1), "TREASURER", LocalDate.of(2025, 10, 1), null, 1))))
                .stream().distinct().toList());
        return new Bank(org, phone, dead, heir, chair, treasurer);
    }

    private SyncOp transfer(Bank b, UUID from, UUID to, long amount, UUID... approvers) {
        return ops.op(Ops.newId(), new SavingsTransfer(from, to, amount, AT, "heir", "บุตรสาวรับแทน", NAMES,
                approvers.length == 0 ? List.of(b.chair(), b.treasurer()) : List.of(approvers)));
    }

    @Test
    void theWholeBalanceMovesToTheHeirAsOneEntryNamingBothAndTheFundIsUntouched() {
        Bank b = bank("อบต.ทายาทรับเงิน");
        long fundBefore = Db.count("SELECT COUNT(*) FROM ledger_entry e JOIN org o ON o.id = e.org_id"
                + " WHERE o.code = ? AND e.account = 2", b.org());
        SyncOp t = transfer(b, b.dead(), b.heir(), 10_000);

        assertEquals(List.of("APPLIED"), api().pushStatuses(b.phone(), List.of(t)));

        assertEquals(0, Db.memberSavings(b.dead()));
        assertEquals(10_800, Db.memberSavings(b.heir()));
        assertEquals(10_800, Db.savings(b.org()), "the bank's savings are the same money");
        assertEquals(fundBefore, Db.count("SELECT COUNT(*) FROM ledger_entry e JOIN org o ON o.id = e.org_id"
                + " WHERE o.code = ? AND e.account = 2", b.org()));
        assertEquals(2, Db.count("SELECT COUNT(*) FROM ledger_entry WHERE kind = 13"
                + " AND (org_id, op_seq) = (SELECT org_id, op_seq FROM ledger_entry WHERE id = UNHEX(REPLACE(?, '-', '')))",
                t.entityId().toString()));
        assertEquals(b.heir().toString().replace("-", ""), Db.string("SELECT LOWER(HEX(counterpart_id)) FROM ledger_entry"
                + " WHERE id = UNHEX(REPLACE(?, '-', ''))", t.entityId().toString()));
        assertEquals(0, Db.flags(b.org(), "APPROVERS_NOT_ON_COMMITTEE"));

        StaffClient officer = StaffClient.signIn(api(), "ORG", b.org());
        String heirPage = officer.get("/web/orgs/" + b.org() + "/members/" + b.heir()).body();
        assertTrue(heirPage.contains("โอนเงินออมให้ทายาท") && heirPage.contains("จาก นายผู้ล่วงลับ ใจดี"), heirPage);
        String deadPage = officer.get("/web/orgs/" + b.org() + "/members/" + b.dead()).body();
        assertTrue(deadPage.contains("ไปยัง นางสาวทายาท ใจดี"), deadPage);
    }

    @Test
    void aTransferAboveTheBalanceTheServerKnowsIsAppliedAndFlaggedAsAWithdrawalIs() {
        Bank b = bank("อบต.โอนเกินยอด");
        assertEquals(List.of("APPLIED", "APPLIED"), api().pushStatuses(b.phone(), List.of(
                ops.withdrawal(b.dead(), 3_000), transfer(b, b.dead(), b.heir(), 10_000))));

        assertEquals(-3_000, Db.memberSavings(b.dead()));
        assertEquals(10_800, Db.memberSavings(b.heir()));
        assertEquals(1, Db.flags(b.org(), "NEGATIVE_BALANCE"));
    }

    @Test
    void approversOffTheRosterAreRecordedAndFlagged() {
        Bank b = bank("อบต.โอนกรรมการผิด");
        assertEquals(List.of("APPLIED"), api().pushStatuses(b.phone(),
                List.of(transfer(b, b.dead(), b.heir(), 5_000, b.chair(), b.chair()))));
        assertEquals(1, Db.flags(b.org(), "APPROVERS_NOT_ON_COMMITTEE"));
        assertEquals(5_000, Db.memberSavings(b.dead()));
    }

    @Test
    void toTheSameMemberToAnUnknownOneOrOfNothingIsRefusedInThaiAndWritesNothing() {
        Bank b = bank("อบต.โอนผิด");
        Bank other = bank("อบต.โอนผิดบ้านอื่น");
        long rows = Db.ledgerRows(b.org());

        Api.Response r = api().push(b.phone(), List.of(transfer(b, b.dead(), b.dead(), 1_000),
                transfer(b, b.dead(), other.heir(), 1_000), transfer(b, b.dead(), b.heir(), 0)));

        assertEquals(List.of("TRANSFER_SAME_MEMBER", "UNKNOWN_MEMBER", "AMOUNT_NOT_POSITIVE"),
                r.results().stream().map(x -> String.valueOf(((Map<?, ?>) x.get("reason")).get("code"))).toList());
        assertEquals("ผู้โอนและผู้รับเงินออมต้องเป็นสมาชิกคนละคนกัน",
                ((Map<?, ?>) r.results().get(0).get("reason")).get("messageTh"));
        assertEquals(rows, Db.ledgerRows(b.org()));
    }

    @Test
    void neitherSideOfATransferIsReversedAlone() {
        Bank b = bank("อบต.โอนกลับรายการ");
        SyncOp t = transfer(b, b.dead(), b.heir(), 10_000);
        assertEquals(List.of("APPLIED"), api().pushStatuses(b.phone(), List.of(t)));

        Api.Response r = api().push(b.phone(), List.of(ops.op(Ops.newId(), new EntryReverse(t.entityId(), "โอนผิดคน"))));

        assertEquals("MOVE_NOT_REVERSIBLE", ((Map<?, ?>) r.results().get(0).get("reason")).get("code"));
        assertEquals(10_800, Db.memberSavings(b.heir()));
    }
}
