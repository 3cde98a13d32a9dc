package th.wastebank.client.withdrawal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService.LineDraft;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.store.Settings;
import th.wastebank.client.testing.TestClient;
import th.wastebank.validation.ReasonCode;

class WithdrawalViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private Member somsri;
    private WithdrawalViewModel vm;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("PET_CLEAR", 800);
        somsri = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        client.ctx.settings().put(Settings.RECEIPT_CODE, "A7");
        client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 12_500)));
        vm = new WithdrawalViewModel(client.ctx.members(), client.ctx.ledger(), client.ctx.withdrawals(),
                client.approval(ReasonCode.APPROVERS_REQUIRED), somsri.id(), client.screens);
        vm.load();
        vm.paidBy().set("นางมาลี กรรมการ");
        vm.confirmedBy().set("นายสมบัติ กรรมการ");
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void showsTheMemberAndTheBalanceKnownOnThisPhone() {
        assertEquals("นางสมศรี ใจดี", vm.memberName().get());
        assertEquals(10_000, vm.balance().get());
    }

    @Test
    void withdrawalAboveBalanceIsRefused() {
        vm.amountText().set("100.01");

        vm.save();

        assertEquals(ReasonCode.BALANCE_TOO_LOW.messageTh(null), vm.amountError().get());
        assertEquals("100.01", vm.amountText().get());
        assertEquals(10_000, client.ctx.ledger().balance(somsri.id()));
    }

    @Test
    void theWholeBalanceCanBeWithdrawnWithACommaDecimal() {
        vm.amountText().set("100,00");

        vm.save();

        assertNull(vm.amountError().get());
        assertEquals(0, client.ctx.ledger().balance(somsri.id()));
        List<LedgerEntry> entries = client.ctx.ledger().entriesOf(somsri.id());
        UUID paid = entries.get(entries.size() - 1).id();
        assertEquals("receiptOfNew " + paid, client.routes.last(), "the slip replaces the form");
        assertEquals("ถอนเงิน 100.00 บาท แล้ว (เลขที่ A7-000002) คงเหลือ 0.00 บาท", client.notices.get(0),
                "the member is told the withdrawal's number, the next after the deposit's receipt");
    }

    @Test
    void aWithdrawalNeedsTwoDifferentCommitteeMembers() {
        vm.amountText().set("50");
        vm.confirmedBy().set("  นางมาลี กรรมการ ");

        vm.save();

        assertEquals(ReasonCode.APPROVERS_REQUIRED.messageTh(null), vm.approversError().get());
        assertEquals(10_000, client.ctx.ledger().balance(somsri.id()));

        vm.confirmedBy().set("");
        vm.save();
        assertEquals(ReasonCode.APPROVERS_REQUIRED.messageTh(null), vm.approversError().get());
    }

    @Test
    void zeroAndUnreadableAmountsAreRefused() {
        vm.amountText().set("0");
        vm.save();
        assertEquals(ReasonCode.AMOUNT_NOT_POSITIVE.messageTh(null), vm.amountError().get());

        vm.amountText().set("ห้าสิบ");
        vm.save();
        assertEquals(client.messages.get("withdrawal.amount.notNumber"), vm.amountError().get());

        vm.amountText().set("1.005");
        vm.save();
        assertEquals(client.messages.get("withdrawal.amount.tooPrecise"), vm.amountError().get());
    }

    @Test
    void theServiceStillRefusesWhenAnotherSaveEmptiedTheAccountMeanwhile() {
        vm.amountText().set("80");
        client.ctx.withdrawals().record(somsri.id(), 5000, "นางมาลี กรรมการ", "นายสมบัติ กรรมการ");

        vm.save();

        assertEquals(ReasonCode.BALANCE_TOO_LOW.messageTh(null), vm.amountError().get());
        assertEquals(5_000, client.ctx.ledger().balance(somsri.id()));
    }
}
