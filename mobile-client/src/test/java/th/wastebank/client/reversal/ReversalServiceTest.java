package th.wastebank.client.reversal;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.Member;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.validation.ReasonCode;

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
}
