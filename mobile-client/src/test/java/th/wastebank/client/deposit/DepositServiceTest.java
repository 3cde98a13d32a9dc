package th.wastebank.client.deposit;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.member.Member;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.client.store.SyncState;
import th.wastebank.deposit.DepositLine;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DepositServiceTest {
    private static final List<DepositService.LineDraft> THREE_LINES = List.of(
            new DepositService.LineDraft("PET_CLEAR", 2_500),
            new DepositService.LineDraft("ALU_CAN", 300),
            new DepositService.LineDraft("CARDBOARD", 10_000));

    @Test
    void aDepositIsPricedByTheBoardAndSavedWithItsOpInOneGo(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.priceBoard(phone);
            Member m = StoreFixture.member(phone, "นางสมศรี ใจดี");
            int opsBefore = phone.outbox().pendingCount();

            DepositService.Receipt r = phone.deposits().record(m.id(), THREE_LINES);

            assertEquals(2_000 + 1_200 + 3_000, r.total()); // 20 + 12 + 30 baht
            assertEquals(6_200, r.balanceAfter());
            assertEquals(3, phone.ledger().linesOf(r.entryId()).size());
            assertEquals(SyncState.PENDING, phone.ledger().entry(r.entryId()).orElseThrow().syncState());
            assertEquals(opsBefore + 1, phone.outbox().pendingCount());
            assertEquals("deposit.record", phone.outbox().pending(100).get(opsBefore).type());
        }
    }

    @Test
    void linesShownAtAnotherPriceThanTheBoardsAtTheWriteAreRefusedInsideItsTransaction(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.priceBoard(phone);
            Member m = StoreFixture.member(phone, "นางสมศรี ใจดี");
            int opsBefore = phone.outbox().pendingCount();
            List<DepositService.LineDraft> pet = List.of(new DepositService.LineDraft("PET_CLEAR", 2_500));
            List<DepositLine> shownAtAnOldPrice = List.of(DepositLine.priced("PET_CLEAR", 2_500, 700));

            DepositService.PricesChanged changed = assertThrows(DepositService.PricesChanged.class,
                    () -> phone.deposits().record(m.id(), pet, shownAtAnOldPrice));

            assertEquals(List.of(DepositLine.priced("PET_CLEAR", 2_500, 800)), changed.lines());
            assertEquals(0, phone.ledger().balance(m.id()), "nothing saved");
            assertEquals(opsBefore, phone.outbox().pendingCount());
            assertEquals(2_000, phone.deposits().record(m.id(), pet, changed.lines()).total(), "the new lines, confirmed");
        }
    }

    @Test
    void depositRejectsZeroWeightAndSavesNothing(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.priceBoard(phone);
            Member m = StoreFixture.member(phone, "นายศูนย์");
            int opsBefore = phone.outbox().pendingCount();
            Invalid e = assertThrows(Invalid.class, () -> phone.deposits().record(m.id(),
                    List.of(new DepositService.LineDraft("PET_CLEAR", 0))));
            assertEquals(ReasonCode.WEIGHT_NOT_POSITIVE, e.violations().get(0).code());
            assertEquals("น้ำหนักต้องมากกว่าศูนย์", e.messageTh());
            assertEquals(0, phone.ledger().balance(m.id()));
            assertEquals(opsBefore, phone.outbox().pendingCount());
        }
    }

    @Test
    void depositRejectsMoreThanATonneInALine(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.priceBoard(phone);
            Member m = StoreFixture.member(phone, "นายตันเดียว");
            Invalid e = assertThrows(Invalid.class, () -> phone.deposits().record(m.id(),
                    List.of(new DepositService.LineDraft("CARDBOARD", 1_000_001))));
            assertEquals(ReasonCode.WEIGHT_TOO_LARGE, e.violations().get(0).code());
        }
    }

    @Test
    void depositNeedsAMemberAndAPricedMaterial(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.priceBoard(phone);
            assertEquals(ReasonCode.MEMBER_REQUIRED,
                    assertThrows(Invalid.class, () -> phone.deposits().record(null, THREE_LINES)).violations().get(0).code());
            Member m = StoreFixture.member(phone, "นายทองแดง");
            assertEquals(ReasonCode.UNKNOWN_MATERIAL, assertThrows(Invalid.class, () -> phone.deposits().record(m.id(),
                    List.of(new DepositService.LineDraft("COPPER", 500)))).violations().get(0).code());
        }
    }
}
