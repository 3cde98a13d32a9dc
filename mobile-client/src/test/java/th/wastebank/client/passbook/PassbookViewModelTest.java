package th.wastebank.client.passbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javafx.beans.property.SimpleIntegerProperty;

import com.github.f4b6a3.uuid.UuidCreator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.deposit.DepositService.LineDraft;
import th.wastebank.client.member.Member;
import th.wastebank.client.store.Settings;
import th.wastebank.client.store.SyncState;
import th.wastebank.client.sync.PullApplier;
import th.wastebank.client.testing.TestClient;
import th.wastebank.client.welfare.Claim;
import th.wastebank.client.welfare.ClaimService;
import th.wastebank.client.welfare.Scheme;
import th.wastebank.client.welfare.WelfareFixture;
import th.wastebank.ledger.EntryKind;
import th.wastebank.sync.Change;
import th.wastebank.withdrawal.WithdrawalRecord;

class PassbookViewModelTest {
    @TempDir
    Path tmp;
    private TestClient client;
    private Member somsri;
    private UUID firstDeposit;
    private PassbookViewModel vm;

    @BeforeEach
    void setUp() {
        client = new TestClient(tmp);
        client.price("PET_CLEAR", 800);
        somsri = client.member("นางสมศรี ใจดี", "12", "หมู่ 4");
        firstDeposit = client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 2500))).entryId();
        client.clock.advance(Duration.ofMinutes(10));
        client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 5000)));
        client.clock.advance(Duration.ofMinutes(10));
        client.ctx.withdrawals().record(somsri.id(), 1500, "นางมาลี", "นายสมบัติ");
        vm = new PassbookViewModel(client.ctx.members(), client.ctx.ledger(), somsri.id(), new SimpleIntegerProperty(),
                client.screens);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void showsTheBalanceAndTheHistoryNewestFirstWithTheBalanceAfterEachEntry() {
        assertEquals("นางสมศรี ใจดี", vm.member().get().name());
        assertEquals(2000 + 4000 - 1500, vm.balance().get());
        assertEquals(List.of(EntryKind.WITHDRAWAL, EntryKind.DEPOSIT, EntryKind.DEPOSIT),
                vm.rows().stream().map(r -> r.entry().kind()).toList());
        assertEquals(List.of(4500L, 6000L, 2000L), vm.rows().stream().map(PassbookViewModel.Row::balanceAfter).toList());
        assertEquals("นางมาลี, นายสมบัติ", vm.rows().get(0).entry().note());
        assertTrue(vm.rows().stream().allMatch(r -> r.entry().syncState() == SyncState.PENDING));
    }

    @Test
    void aBalanceBelowZeroFromAnotherPhonesWithdrawalIsExplained() {
        assertFalse(vm.overdrawn().get());
        WithdrawalRecord elsewhere = new WithdrawalRecord(somsri.id(), 7_000, client.clock.instant(), List.of("นายสมบัติ"));
        Change change = Change.of(0, UuidCreator.getTimeOrderedEpoch(), elsewhere, null, null, client.clock.instant());
        client.ctx.pullApplier().apply(List.of(change), "1");

        vm.load();

        assertEquals(4500 - 7000, vm.balance().get());
        assertTrue(vm.overdrawn().get());
        assertEquals("ยอดติดลบ: ถอนเกินยอดจากอีกเครื่อง รอตรวจสอบ", client.messages.get("balance.negative"));
    }

    @Test
    void eachDepositAndWithdrawalShowsItsNumberFromOneCounterAndAPulledWithdrawalTheOtherPhones() {
        client.ctx.settings().put(Settings.RECEIPT_CODE, "A7");
        client.clock.advance(Duration.ofMinutes(10));
        client.ctx.deposits().record(somsri.id(), List.of(new LineDraft("PET_CLEAR", 1000)));
        client.clock.advance(Duration.ofMinutes(10));
        assertEquals("A7-000002", client.ctx.withdrawals().record(somsri.id(), 100, "นางมาลี", "นายสมบัติ").number());
        client.clock.advance(Duration.ofMinutes(10));
        WithdrawalRecord elsewhere = new WithdrawalRecord(somsri.id(), 200, client.clock.instant(),
                List.of("นางมาลี", "นายสมบัติ")).withReceiptNo("AB-000009");
        Change change = Change.of(0, UuidCreator.getTimeOrderedEpoch(), elsewhere, null, null, client.clock.instant());
        client.ctx.pullApplier().apply(List.of(change), "1");
        vm.load();

        assertEquals(List.of("AB-000009", "A7-000002", "A7-000001"),
                vm.rows().subList(0, 3).stream().map(PassbookViewModel.Row::receiptNumber).toList());
        assertEquals(EntryKind.WITHDRAWAL, vm.rows().get(3).entry().kind());
        assertEquals(vm.rows().get(3).entry().id().toString().substring(0, 8).toUpperCase(),
                vm.rows().get(3).receiptNumber(), "a withdrawal made before receipt numbers shows its id's number");
        assertEquals(firstDeposit.toString().substring(0, 8).toUpperCase(), vm.rows().get(5).receiptNumber(),
                "a deposit made before receipt numbers keeps its old number");
        assertTrue(client.ctx.outbox().pending(10).stream().anyMatch(op -> op.payloadJson().contains(
                "\"receiptNo\":\"A7-000002\"")), "the withdrawal's op carries its number");
    }

    @Test
    void aReversedEntryStaysMarkedAndCannotBeReversedAgain() {
        client.ctx.reversals().reverse(firstDeposit, "ชั่งน้ำหนักผิด");

        vm.load();

        PassbookViewModel.Row reversal = vm.rows().get(0);
        PassbookViewModel.Row original = vm.rows().get(3);
        assertEquals(EntryKind.REVERSAL, reversal.entry().kind());
        assertEquals("ชั่งน้ำหนักผิด", reversal.entry().note());
        assertFalse(reversal.reversible());
        assertTrue(original.entry().reversed());
        assertFalse(original.reversible());
        assertEquals(2500, vm.balance().get());

        vm.reverse(original);
        assertTrue(client.routes.visits().isEmpty());
    }

    @Test
    void actionsGoToDepositWithdrawalReversalReceiptAndWithdrawalSlip() {
        vm.deposit();
        assertEquals("deposit " + somsri.id(), client.routes.last());
        vm.withdraw();
        assertEquals("withdrawal " + somsri.id(), client.routes.last());
        PassbookViewModel.Row deposit = vm.rows().get(1);
        vm.reverse(deposit);
        assertEquals("reversal " + deposit.entry().id(), client.routes.last());
        vm.openReceipt(deposit);
        assertEquals("receipt " + deposit.entry().id(), client.routes.last());
        PassbookViewModel.Row withdrawal = vm.rows().get(0);
        assertEquals(EntryKind.WITHDRAWAL, withdrawal.entry().kind());
        vm.openReceipt(withdrawal);
        assertEquals("receipt " + withdrawal.entry().id(), client.routes.last(), "a withdrawal's slip");
    }

    @Test
    void aLevyIsASavingsEntryWithItsReasonAndWelfareReceivedFromTheFundLeavesTheBalanceAlone() {
        Scheme funeral = WelfareFixture.funeral(client.ctx);
        Member boonma = client.member("นางบุญมา ศรีสุข", "7", "หมู่ 4");
        Claim death = WelfareFixture.death(client.ctx, funeral, boonma);
        client.clock.advance(Duration.ofMinutes(10));
        WelfareFixture.levyFor(client.ctx, funeral, death);
        Scheme hospital = WelfareFixture.hospital(client.ctx);
        Claim stay = client.ctx.claims().file(new ClaimService.Draft(hospital.id(), somsri.id(),
                client.today().minusDays(3), 2L, null, List.of()));
        client.clock.advance(Duration.ofMinutes(10));
        client.ctx.fund().pay(stay.id(), 40_000, "นายสมชาย เหรัญญิก", "นางสมหญิง ประธาน");

        vm.load();

        assertEquals(4500 - 2000, vm.balance().get());
        PassbookViewModel.Row payout = vm.rows().get(0);
        PassbookViewModel.Row levy = vm.rows().get(1);
        assertEquals(EntryKind.WELFARE_PAYOUT, payout.entry().kind());
        assertTrue(payout.fromFund());
        assertEquals(40_000, payout.amountForMember());
        assertEquals("นอนโรงพยาบาล", payout.entry().note());
        assertEquals(2500, payout.balanceAfter(), "welfare from the fund does not change savings");
        assertFalse(payout.reversible());
        assertEquals(EntryKind.WELFARE_LEVY, levy.entry().kind());
        assertFalse(levy.fromFund());
        assertEquals(-2000, levy.amountForMember());
        assertEquals("ฌาปนกิจ นางบุญมา ศรีสุข", levy.entry().note());
        assertEquals(2500, levy.balanceAfter());
        assertTrue(levy.reversible());
    }
}
