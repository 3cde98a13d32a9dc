package th.wastebank.money;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MoneyTest {
    @Test
    void amountIsGramsTimesPriceOverAThousand() {
        assertEquals(1200, Money.amountFor(2_000, 600)); // 2 kg at 6 baht = 12 baht
    }

    @Test
    void amountRoundsHalfUp() {
        assertEquals(1, Money.amountFor(1, 500)); // 0.5 satang -> 1
        assertEquals(0, Money.amountFor(1, 499)); // 0.499 satang -> 0
        assertEquals(838, Money.amountFor(1_234, 679)); // 837.886 -> 838
    }

    @Test
    void negativeAmountsRoundAwayFromZeroSymmetrically() {
        assertEquals(-1, Money.amountFor(-1, 500));
        assertEquals(-838, Money.amountFor(-1_234, 679));
    }

    @Test
    void overflowIsRefusedNotWrapped() {
        assertThrows(ArithmeticException.class, () -> Money.amountFor(Long.MAX_VALUE / 2, 3));
    }

    @Test
    void bahtFormatGroupsThousandsAndKeepsTwoDecimals() {
        assertEquals("1,234,567.05", Money.formatBaht(123_456_705));
        assertEquals("0.00", Money.formatBaht(0));
        assertEquals("-12.50", Money.formatBaht(-1_250));
        assertEquals("100.00", Money.formatBaht(10_000));
    }

    @Test
    void kilogramFormatKeepsThreeDecimals() {
        assertEquals("1,002.050", Money.formatKg(1_002_050));
        assertEquals("0.007", Money.formatKg(7));
    }
}
