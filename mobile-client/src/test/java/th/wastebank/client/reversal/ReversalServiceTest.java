package th.wastebank.client.reversal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.outbox.OutboxOp;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.store.SyncState;
import th.wastebank.client.welfare.Claim;
import th.wastebank.client.welfare.FundSummary;
import th.wastebank.client.welfare.Levy;
import th.wastebank.client.welfare.Scheme;
import th.wastebank.client.welfare.WelfareFixture;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.sync.OpResult;
import th.wastebank.sync.Reason;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.WelfarePostings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReversalServiceTest {
    @Test
    void aReversalKeepsTheOriginalAndCancelsItsMoneyOnce(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.priceBoard(phone);
            Member m = StoreFixture.member(phone, "นางกลับ รายการ");
            DepositService.Receipt wrong = phone.deposits().record(m.id(),
                    List.of(new DepositService.LineDraft("ALU_CAN", 5_000)));
            assertThrows(Invalid.class, () -> phone.reversals().reverse(wrong.entryId(), "  "));

            LedgerEntry reversal = phone.reversals().reverse(wrong.entryId(), "ชั่งของเพื่อนบ้านรวมมาด้วย");

            assertEquals(0, phone.ledger().balance(m.id()));
            List<LedgerEntry> passbook = phone.ledger().entriesOf(m.id());
            assertEquals(2, passbook.size());
            assertTrue(passbook.get(0).reversed());
            assertEquals(ReasonCode.ALREADY_REVERSED, assertThrows(Invalid.class,
                    () -> phone.reversals().reverse(wrong.entryId(), "อีกครั้ง")).violations().get(0).code());
            assertEquals(ReasonCode.CANNOT_REVERSE_REVERSAL, assertThrows(Invalid.class,
                    () -> phone.reversals().reverse(reversal.id(), "กลับการกลับ")).violations().get(0).code());
        }
    }

    @Test
    void givingAMemberTheirLevyBackTakesItOutOfTheFundToo(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            List<Member> members = WelfareFixture.members(phone, 3, LocalDate.of(2024, 1, 15), 5_000);
            Scheme funeral = WelfareFixture.funeral(phone);
            Claim death = WelfareFixture.death(phone, funeral, members.get(0));
            Levy levy = WelfareFixture.levyFor(phone, funeral, death);
            UUID levied = WelfarePostings.levyEntryId(levy.id(), members.get(2).id());

            LedgerEntry reversal = phone.reversals().reverse(levied, "ย้ายออกก่อนเสียชีวิต ไม่ต้องหัก");

            assertEquals(5_000, phone.ledger().balance(members.get(2).id()));
            assertEquals(4_000, phone.fund().balance());
            LedgerEntry fundSide = phone.ledger().entry(WelfarePostings.levyReversalFundSide(reversal.id(), 0).id())
                    .orElseThrow();
            assertEquals(Account.WELFARE_FUND, fundSide.account());
            assertEquals(EntryKind.REVERSAL, fundSide.kind());
            assertEquals(-2_000, fundSide.amount());
            assertEquals(new FundSummary(4_000, 6_000, 0, 0, -2_000, 2), phone.fund().summary());
            assertEquals(1, phone.outbox().pending(100).stream().filter(op -> op.type().equals("entry.reverse")).count());

            List<OutboxOp> ops = phone.outbox().pending(100);
            phone.outbox().applyResults(ops, ops.stream().map(op -> op.type().equals("entry.reverse")
                    ? OpResult.rejected(op.opId(), Reason.of(ReasonCode.UNKNOWN_ENTRY)) : OpResult.applied(op.opId()))
                    .toList());
            assertEquals(SyncState.REJECTED, phone.ledger().entry(fundSide.id()).orElseThrow().syncState());
            phone.outbox().discard(phone.outbox().rejected().get(0).seq());
            assertTrue(phone.ledger().entry(fundSide.id()).isEmpty(), "the fund-side entry goes with its reversal");
            assertEquals(6_000, phone.fund().balance());
        }
    }

    @Test
    void theFundsCreditOfALevyIsNotReversedOnItsOwn(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            List<Member> members = WelfareFixture.members(phone, 2, LocalDate.of(2024, 1, 15), 5_000);
            Scheme funeral = WelfareFixture.funeral(phone);
            Levy levy = WelfareFixture.levyFor(phone, funeral, WelfareFixture.death(phone, funeral, members.get(0)));

            Invalid refused = assertThrows(Invalid.class, () -> phone.reversals().reverse(levy.id(), "หักผิด"));

            assertEquals(ReasonCode.LEVY_TOTAL_NOT_REVERSIBLE, refused.violations().get(0).code());
            assertEquals("ยอดรวมที่เข้ากองทุนจากการหักเงินสมทบกลับรายการไม่ได้ ให้กลับรายการของสมาชิกแต่ละคนแทน",
                    refused.messageTh());
            assertEquals(4_000, phone.fund().balance());
        }
    }
}
