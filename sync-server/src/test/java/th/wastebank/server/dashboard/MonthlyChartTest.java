package th.wastebank.server.dashboard;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.wastebank.server.rollup.MonthlyTotals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart's months: always the twelve up to this one, a month without rows as zero. */
class MonthlyChartTest {

    @Test
    void oneMonthOfDataBecomesTwelveMonthsWithTheOthersZero() {
        YearMonth now = YearMonth.of(2026, 12);
        List<MonthlyTotals.Month> months = MonthlyChart.twelveMonths(
                List.of(new MonthlyTotals.Month(YearMonth.of(2026, 10), 5_000, 4_000, 1, 0)), now);
        assertEquals(12, months.size());
        assertEquals(YearMonth.of(2026, 1), months.get(0).month());
        assertEquals(now, months.get(11).month());
        assertEquals(5_000, months.get(9).grams());
        assertEquals(11, months.stream().filter(m -> m.grams() == 0 && m.satang() == 0).count());
    }

    @Test
    void aChartOfOnlyZerosIsNoData() {
        YearMonth now = YearMonth.of(2026, 12);
        assertFalse(MonthlyChart.hasData(MonthlyChart.twelveMonths(List.of(), now)));
        assertTrue(MonthlyChart.hasData(List.of(new MonthlyTotals.Month(now, 0, 0, 0, 2_000))));
    }
}
