package th.wastebank.client.withdrawal;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import th.wastebank.client.app.ClientContext;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.deposit.DepositService;
import th.wastebank.client.member.Member;
import th.wastebank.client.store.StoreFixture;
import th.wastebank.validation.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WithdrawalServiceTest {
    @Test
    void aWithdrawalAboveTheBalanceOnThePhoneIsRefused(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.priceBoard(phone);
            Member m = StoreFixture.member(phone, "นางถอน เกินยอด");
            phone.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 10_000))); // 80 baht
            Invalid e = assertThrows(Invalid.class,
                    () -> phone.withdrawals().record(m.id(), 8_001, "สมชาย", "สมหญิง"));
            assertEquals(ReasonCode.BALANCE_TOO_LOW, e.violations().get(0).code());
            assertEquals(8_000, phone.ledger().balance(m.id()));

            assertEquals(0, phone.withdrawals().record(m.id(), 8_000, "สมชาย", "สมหญิง").balanceAfter());
        }
    }

    @Test
    void aWithdrawalNeedsASecondCommitteeMember(@TempDir Path dir) {
        try (ClientContext phone = StoreFixture.phone(dir)) {
            StoreFixture.priceBoard(phone);
            Member m = StoreFixture.member(phone, "นายคนเดียว");
            phone.deposits().record(m.id(), List.of(new DepositService.LineDraft("PET_CLEAR", 10_000)));
            assertEquals(ReasonCode.APPROVERS_REQUIRED, assertThrows(Invalid.class,
                    () -> phone.withdrawals().record(m.id(), 100, "สมชาย", " สมชาย ")).violations().get(0).code());
            assertEquals(ReasonCode.APPROVERS_REQUIRED, assertThrows(Invalid.class,
                    () -> phone.withdrawals().record(m.id(), 100, "สมชาย", "")).violations().get(0).code());
        }
    }
}
