package th.wastebank.client.committee;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService.LineDraft;
import th.wastebank.client.member.Member;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.testing.TestClient;
import th.wastebank.client.withdrawal.WithdrawalViewModel;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The approval step on the withdrawal form, against the real store: two different roster members
 * on the committee today, each with their PIN; a wrong PIN or the same person twice is refused in
 * Thai and nothing is saved; a bank without a roster keeps typing names.
 */
class ApprovalViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private Member somsri;
    private CommitteeMember chair;
    private CommitteeMember treasurer;
    private WithdrawalViewModel vm;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("PET_CLEAR", 800);
        somsri = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 12_500)));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private void roster() {
        chair = client.ctx.committee().add(new CommitteeService.Draft("นายสมชาย ประธาน", "CHAIR",
                LocalDate.of(2025, 10, 1), null));
        treasurer = client.ctx.committee().add(new CommitteeService.Draft("นางสมหญิง เหรัญญิก", "TREASURER",
                LocalDate.of(2025, 10, 1), null));
        client.ctx.committee().add(new CommitteeService.Draft("นายเก่า พ้นวาระ", "MEMBER",
                LocalDate.of(2023, 10, 1), LocalDate.of(2025, 9, 30)));
        client.ctx.pins().set(chair.id(), null, "1357");
        client.ctx.pins().set(treasurer.id(), null, "2468");
    }

    private void open() {
        vm = new WithdrawalViewModel(client.ctx.members(), client.ctx.ledger(), client.ctx.withdrawals(),
                client.approval(ReasonCode.APPROVERS_REQUIRED), somsri.id(), client.screens);
        vm.load();
        vm.amountText().set("20");
    }

    private List<OutboxOp> withdrawals() {
        return client.ctx.outbox().pending(100).stream().filter(op -> op.type().equals("withdrawal.record")).toList();
    }

    @Test
    void twoCommitteeMembersWithTheirPinsApproveAndTheOpCarriesTheirRosterIds() {
        roster();
        open();
        ApprovalViewModel approval = vm.approval();
        assertTrue(approval.usesRoster().get());
        assertEquals(List.of("นายสมชาย ประธาน", "นางสมหญิง เหรัญญิก"),
                approval.choices().stream().map(CommitteeMember::name).toList(), "in term today, by seat");
        approval.first().set(chair);
        approval.firstPin().set("1357");
        approval.second().set(treasurer);
        approval.secondPin().set("2468");

        vm.save();

        assertNull(approval.firstError().get());
        assertNull(approval.secondError().get());
        assertEquals(8_000, client.ctx.ledger().balance(somsri.id()));
        String payload = withdrawals().get(0).payloadJson();
        assertTrue(payload.contains("\"approverIds\":[\"" + chair.id() + "\",\"" + treasurer.id() + "\"]"), payload);
        assertTrue(payload.contains("\"approvedBy\":[\"นายสมชาย ประธาน\",\"นางสมหญิง เหรัญญิก\"]"), payload);
        assertEquals("", approval.firstPin().get(), "no PIN stays on the screen");
        assertTrue(client.routes.last().startsWith("receiptOfNew "), "the withdrawal's slip: " + client.routes.last());
    }

    @Test
    void aWrongPinIsRefusedInThaiAndNothingIsSaved() {
        roster();
        open();
        ApprovalViewModel approval = vm.approval();
        approval.first().set(chair);
        approval.firstPin().set("1357");
        approval.second().set(treasurer);
        approval.secondPin().set("1111");

        vm.save();

        assertEquals("รหัส PIN ไม่ถูกต้อง ยังไม่ได้บันทึกรายการ (ลองได้อีก 4 ครั้ง)", approval.secondError().get());
        assertNull(approval.firstError().get());
        assertEquals("", approval.secondPin().get());
        assertEquals(10_000, client.ctx.ledger().balance(somsri.id()));
        assertTrue(withdrawals().isEmpty());
        assertFalse("back".equals(client.routes.last()));
    }

    @Test
    void theSamePersonTwiceIsRefusedBeforeAnyPinIsChecked() {
        roster();
        open();
        ApprovalViewModel approval = vm.approval();
        approval.first().set(chair);
        approval.firstPin().set("1357");
        approval.second().set(chair);
        approval.secondPin().set("1357");

        vm.save();

        assertEquals("กรรมการคนเดียวกันยืนยันสองครั้งไม่ได้ กรุณาให้กรรมการอีกคนยืนยัน", approval.secondError().get());
        assertTrue(withdrawals().isEmpty());
        assertEquals(10_000, client.ctx.ledger().balance(somsri.id()));
    }

    @Test
    void nobodyPickedOrNoPinTypedIsShownBesideEachField() {
        roster();
        open();
        ApprovalViewModel approval = vm.approval();
        approval.second().set(treasurer);

        vm.save();

        assertEquals("กรุณาเลือกกรรมการ", approval.firstError().get());
        assertEquals("กรุณาใส่รหัส PIN 4 ถึง 6 หลัก", approval.secondError().get());
        assertTrue(withdrawals().isEmpty());
    }

    @Test
    void aBankWithoutARosterStillApprovesByTypedNames() {
        open();
        assertFalse(vm.approval().usesRoster().get());
        vm.paidBy().set("นางมาลี กรรมการ");
        vm.confirmedBy().set("นายสมบัติ กรรมการ");

        vm.save();

        String payload = withdrawals().get(0).payloadJson();
        assertFalse(payload.contains("approverIds"), payload);
        assertEquals(8_000, client.ctx.ledger().balance(somsri.id()));
    }
}
