package th.wastebank.server.ledger;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.wastebank.deposit.DepositLine;
import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.Ops;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;
import th.wastebank.server.support.TestOrgs;
import th.wastebank.sync.SyncOp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class LedgerRulesTest extends ServerTestBase {

    private long balance(Api.Device device, UUID member) {
        Api.Response r = api().get("/api/v1/members/" + member + "/balance", device.token());
        assertEquals(200, r.status(), r.body());
        return ((Number) r.json().get("balance")).longValue();
    }

    private static String reasonCode(Api.Response r, int i) {
        return (String) ((Map<?, ?>) r.results().get(i).get("reason")).get("code");
    }

    @Test
    void aBalanceIsTheSumOfDepositsWithdrawalsAndReversals() {
        String org = TestOrgs.create("อบต.ยอดเงิน");
        Api.Device device = api().pair(org);
        Ops ops = new Ops();
        UUID member = Ops.newId();
        SyncOp mistaken = ops.deposit(member, DepositLine.priced("ALU_CAN", 3_000, 4_000)); // 120 baht
        api().pushStatuses(device, List.of(
                ops.member(member, "นายยอด เงินดี"),
                ops.deposit(member, DepositLine.priced("PET_CLEAR", 2_500, 800), DepositLine.priced("CARDBOARD", 10_000, 300)),
                mistaken,
                ops.withdrawal(member, 5_000),
                ops.reverse(mistaken.entityId(), "ชั่งกระป๋องผิด")));
        // 20 + 30 + 120 - 50 - 120 = 0 baht
        assertEquals(0, balance(device, member));
        assertEquals(4, Db.ledgerRows(org), "the mistake and its reversal both stay in the ledger");
    }

    @Test
    void theOperatorsBalanceListHasEveryMemberByNameWithTheirSavingsAndEntriesAndZeroForANewcomer() {
        String org = TestOrgs.create("อบต.รายชื่อยอดเงิน");
        Api.Device device = api().pair(org);
        Ops ops = new Ops();
        UUID saver = Ops.newId();
        UUID newcomer = Ops.newId();
        api().pushStatuses(device, List.of(
                ops.member(saver, "ออม ทรัพย์"),
                ops.member(newcomer, "กล้า ใหม่"),
                ops.deposit(saver, 2_500), // 20 baht
                ops.withdrawal(saver, 500)));
        Api.Response r = api().get("/api/v1/admin/orgs/" + org + "/balances", ADMIN_TOKEN);
        assertEquals(200, r.status(), r.body());
        List<?> rows = (List<?>) Api.parse("{\"rows\":" + r.body() + "}").get("rows");
        assertEquals(List.of(newcomer + " กล้า ใหม่ 0 0", saver + " ออม ทรัพย์ 1500 2"), rows.stream().map(row -> {
            Map<?, ?> m = (Map<?, ?>) row;
            return m.get("memberId") + " " + m.get("name") + " " + ((Number) m.get("balance")).longValue() + " "
                    + ((Number) m.get("entries")).longValue();
        }).toList());
        assertEquals(1_500, balance(device, saver));
        assertEquals(0, balance(device, newcomer));
    }

    @Test
    void aWithdrawalBeyondTheBalanceIsAppliedAndFlaggedForReview() {
        String org = TestOrgs.create("อบต.จ่ายซ้ำ");
        Api.Device phoneA = api().pair(org);
        Api.Device phoneB = api().pair(org);
        UUID member = Ops.newId();
        api().pushStatuses(phoneA, List.of(new Ops().member(member, "นางสาวถอนสองที่"), new Ops().deposit(member, 10_000)));
        // both phones paid out the whole 80 baht while offline
        assertEquals(List.of("APPLIED"), api().pushStatuses(phoneA, List.of(new Ops().withdrawal(member, 8_000))));
        assertEquals(List.of("APPLIED"), api().pushStatuses(phoneB, List.of(new Ops().withdrawal(member, 8_000))));

        assertEquals(-8_000, balance(phoneA, member));
        Api.Response flags = api().get("/api/v1/admin/orgs/" + org + "/review-flags", ADMIN_TOKEN);
        assertTrue(flags.body().contains("NEGATIVE_BALANCE"), flags.body());
        assertTrue(flags.body().contains("-8000"), flags.body());
    }

    @Test
    void aNewMemberNamedLikeAnExistingOneIsRegisteredAndFlaggedAsAPossibleDuplicate() {
        String org = TestOrgs.create("อบต.สมาชิกชื่อซ้ำ");
        Api.Device phoneA = api().pair(org);
        Api.Device phoneB = api().pair(org);
        UUID first = Ops.newId();
        UUID again = Ops.newId();
        UUID inTheSamePush = Ops.newId();
        UUID other = Ops.newId();
        api().pushStatuses(phoneA, List.of(new Ops().member(first, "นางสมศรี ใจดี")));
        // the same woman registered again on the other phone (one more space), a namesake in one push, someone else
        assertEquals(List.of("APPLIED", "APPLIED", "APPLIED"), api().pushStatuses(phoneB, List.of(
                new Ops().member(again, "นางสมศรี  ใจดี"), new Ops().member(inTheSamePush, "นางสมศรี ใจดี"),
                new Ops().member(other, "นางสมใจ ใจดี"))));
        // editing a member is not registering one
        api().pushStatuses(phoneA, List.of(new Ops().member(first, "นางสมศรี ใจดี", 2)));

        assertEquals(4, Db.count("SELECT COUNT(*) FROM member m JOIN org o ON o.id = m.org_id WHERE o.code = ?", org),
                "every registration is kept");
        assertEquals(again + "," + inTheSamePush, flaggedMembers(org), "the two later registrations, not the first");
        String detail = Db.string("SELECT f.detail FROM review_flag f JOIN org o ON o.id = f.org_id WHERE o.code = ?"
                + " AND f.subject_id = UNHEX(REPLACE(?, '-', ''))", org, inTheSamePush.toString());
        assertTrue(detail.contains(first.toString()) && detail.contains(again.toString()),
                "both earlier namesakes side by side: " + detail);
        assertFalse(detail.contains(other.toString()), detail);
    }

    private static String flaggedMembers(String org) {
        return Db.string("SELECT GROUP_CONCAT(LOWER(INSERT(INSERT(INSERT(INSERT(HEX(f.subject_id), 9, 0, '-'), 14, 0, '-'),"
                + " 19, 0, '-'), 24, 0, '-')) ORDER BY f.id) FROM review_flag f JOIN org o ON o.id = f.org_id"
                + " WHERE o.code = ? AND f.kind = 'POSSIBLE_DUPLICATE_MEMBER'", org);
    }

    @Test
    void conflictingMemberEditsKeepBothVersionsAndRaiseAFlag() {
        String org = TestOrgs.create("อบต.แก้ชื่อพร้อมกัน");
        Api.Device phoneA = api().pair(org);
        Api.Device phoneB = api().pair(org);
        UUID member = Ops.newId();
        api().pushStatuses(phoneA, List.of(new Ops().member(member, "นางสมใจ")));
        // both phones edited version 1 offline
        api().pushStatuses(phoneA, List.of(new Ops().member(member, "นางสมใจ รักษ์โลก", 2)));
        api().pushStatuses(phoneB, List.of(new Ops().member(member, "นางสมใจ ใจงาม", 2)));

        assertEquals("นางสมใจ ใจงาม", Db.string("SELECT name FROM member WHERE id = UNHEX(REPLACE(?, '-', ''))",
                member.toString()));
        assertEquals("3", Db.string("SELECT version FROM member WHERE id = UNHEX(REPLACE(?, '-', ''))", member.toString()));
        assertEquals(2, Db.count("SELECT COUNT(*) FROM member_version WHERE member_id = UNHEX(REPLACE(?, '-', ''))",
                member.toString()), "both replaced states are kept");
        assertTrue(Db.string("SELECT GROUP_CONCAT(state) FROM member_version WHERE member_id = UNHEX(REPLACE(?, '-', ''))",
                member.toString()).contains("นางสมใจ รักษ์โลก"));
        Api.Response flags = api().get("/api/v1/admin/orgs/" + org + "/review-flags", ADMIN_TOKEN);
        assertTrue(flags.body().contains("MEMBER_CONFLICT"), flags.body());
        Api.Response pulled = api().pull(phoneA, "0", 100);
        assertTrue(pulled.body().contains("\"version\":3"), "devices pull the server's version: " + pulled.body());
    }

    @Test
    void anEntryIsReversedOnceAndAReversalIsNotReversed() {
        String org = TestOrgs.create("อบต.กลับรายการ");
        Api.Device device = api().pair(org);
        Ops ops = new Ops();
        UUID member = Ops.newId();
        SyncOp deposit = ops.deposit(member, 1_000);
        SyncOp reversal = ops.reverse(deposit.entityId(), "บันทึกซ้ำ");
        api().pushStatuses(device, List.of(ops.member(member, "นายกลับ"), deposit, reversal));

        Api.Response r = api().push(device, List.of(ops.reverse(deposit.entityId(), "อีกครั้ง"),
                ops.reverse(reversal.entityId(), "กลับการกลับ"), ops.reverse(Ops.newId(), "ไม่มีจริง")));
        assertEquals("ALREADY_REVERSED", reasonCode(r, 0));
        assertEquals("CANNOT_REVERSE_REVERSAL", reasonCode(r, 1));
        assertEquals("UNKNOWN_ENTRY", reasonCode(r, 2));
        assertEquals(2, Db.ledgerRows(org));
    }

    @Test
    void aReusedEntryIdIsRejectedAndTheRestOfThePushStillApplies() {
        String org = TestOrgs.create("อบต.รหัสซ้ำ");
        Api.Device device = api().pair(org);
        Ops ops = new Ops();
        UUID member = Ops.newId();
        SyncOp first = ops.deposit(member, 1_000);
        api().pushStatuses(device, List.of(ops.member(member, "นายรหัสซ้ำ"), first));

        SyncOp other = ops.deposit(member, 3_000);
        SyncOp clash = new SyncOp(other.opId(), other.seq(), other.type(), first.entityId(), other.payload(),
                other.recordedAt());
        Api.Response r = api().push(device, List.of(ops.deposit(member, 2_000), clash, ops.deposit(member, 4_000)));
        assertEquals("APPLIED", r.results().get(0).get("status"));
        assertEquals("ENTITY_CONFLICT", reasonCode(r, 1));
        assertEquals("APPLIED", r.results().get(2).get("status"));
        assertEquals(3, Db.ledgerRows(org));
        assertEquals(800 + 1_600 + 3_200, balance(device, member));
    }

    @Test
    void monthlyRollUpsFollowDepositsAndTheirReversals() {
        String org = TestOrgs.create("อบต.สรุปรายเดือน");
        Api.Device device = api().pair(org);
        Ops ops = new Ops();
        UUID member = Ops.newId();
        SyncOp wrong = ops.deposit(member, DepositLine.priced("GLASS_BOTTLE", 5_000, 100));
        api().pushStatuses(device, List.of(ops.member(member, "นางรวม"),
                ops.deposit(member, DepositLine.priced("PET_CLEAR", 2_000, 800), DepositLine.priced("GLASS_BOTTLE", 1_000, 100)),
                wrong));
        api().pushStatuses(device, List.of(ops.reverse(wrong.entityId(), "ไม่ใช่ของสมาชิกคนนี้")));

        String stats = Db.string("SELECT CONCAT_WS(',', deposit_count, deposit_grams, deposit_satang) FROM org_month_stats s"
                + " JOIN org o ON o.id = s.org_id WHERE o.code = ?", org);
        assertEquals("1,3000,1700", stats);
        assertEquals(1_000, Db.count("SELECT grams FROM org_material_month m JOIN org o ON o.id = m.org_id"
                + " WHERE o.code = ? AND material_code = 'GLASS_BOTTLE'", org));
    }

    @Test
    void aBanksOwnMaterialIsUsableOnceItHasAPrice() {
        String org = TestOrgs.create("อบต.ขยะพิเศษ");
        Api.Device device = api().pair(org);
        Ops ops = new Ops();
        UUID member = Ops.newId();
        Api.Response r = api().push(device, List.of(ops.member(member, "นายน้ำมัน"),
                ops.deposit(member, DepositLine.priced("COMPRESSED_PLASTIC", 10_000, 200)),
                ops.price("COMPRESSED_PLASTIC", 200, "พลาสติกอัดก้อน"),
                ops.deposit(member, DepositLine.priced("COMPRESSED_PLASTIC", 10_000, 200))));
        assertEquals("UNKNOWN_MATERIAL", reasonCode(r, 1));
        assertEquals("APPLIED", r.results().get(3).get("status"));
    }

    @Test
    void thaiTextRoundTripsThroughTheDatabaseAndPull() {
        String org = TestOrgs.create("อบต.ภาษาไทย");
        Api.Device device = api().pair(org);
        String name = "นางสาวผู้ใหญ่บ้าน น้ำหนักดี ที่นี่ 😀";
        UUID member = Ops.newId();
        api().pushStatuses(device, List.of(new Ops().member(member, name)));

        assertEquals(name, Db.string("SELECT name FROM member WHERE id = UNHEX(REPLACE(?, '-', ''))", member.toString()));
        Map<?, ?> change = (Map<?, ?>) ((List<?>) api().pull(device, "0", 10).json().get("changes")).get(0);
        assertEquals(name, ((Map<?, ?>) change.get("payload")).get("name"));
    }
}
