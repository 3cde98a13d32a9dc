package th.wastebank.year;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiscalYearTest {
    @Test
    void theYearRunsFromOctoberToSeptemberAndIsNamedByItsBuddhistEndYear() {
        FiscalYear y = FiscalYear.of(LocalDate.of(2025, 10, 1));
        assertEquals(new FiscalYear(2569), y);
        assertEquals(y, FiscalYear.of(LocalDate.of(2026, 9, 30)));
        assertEquals(new FiscalYear(2570), FiscalYear.of(LocalDate.of(2026, 10, 1)));
        assertEquals(new FiscalYear(2569), FiscalYear.of(LocalDate.of(2026, 1, 15)));
        assertEquals(LocalDate.of(2025, 10, 1), y.first());
        assertEquals(LocalDate.of(2026, 9, 30), y.last());
        assertEquals(YearMonth.of(2025, 10), y.firstMonth());
        assertEquals(YearMonth.of(2026, 9), y.lastMonth());
        assertEquals("ปีงบประมาณ 2569", y.nameTh());
        assertTrue(y.contains(LocalDate.of(2026, 2, 28)));
        assertFalse(y.contains(LocalDate.of(2025, 9, 30)));
    }

    @Test
    void itsBoundsAreThaiMidnights() {
        FiscalYear y = new FiscalYear(2569);
        assertEquals("2025-09-30T17:00:00Z", y.start().toString());
        assertEquals("2026-09-30T17:00:00Z", y.end().toString());
    }
}
