package th.wastebank.server.progress;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportingRoundsTest {
    private static final List<Integer> DEFAULT = ReportingRounds.DEFAULT_DAYS;
    private static final List<Integer> TAK = List.of(3, 13);

    @Test
    void theCurrentRoundEndsOnTheNextDueDay() {
        assertEquals(new ReportingRounds.Round(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 5)),
                ReportingRounds.current(DEFAULT, LocalDate.of(2026, 11, 23)));
        assertEquals(new ReportingRounds.Round(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 15)),
                ReportingRounds.current(DEFAULT, LocalDate.of(2026, 11, 15)), "the due day itself still counts");
    }

    @Test
    void theLastRoundIsTheOneThatClosedBeforeToday() {
        assertEquals(new ReportingRounds.Round(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 15)),
                ReportingRounds.previous(DEFAULT, LocalDate.of(2026, 11, 23)));
    }

    @Test
    void takReportsOnTheThirdAndThirteenth() {
        assertEquals(new ReportingRounds.Round(LocalDate.of(2026, 11, 14), LocalDate.of(2026, 12, 3)),
                ReportingRounds.current(TAK, LocalDate.of(2026, 11, 23)));
        assertEquals(new ReportingRounds.Round(LocalDate.of(2026, 12, 14), LocalDate.of(2027, 1, 3)),
                ReportingRounds.current(TAK, LocalDate.of(2026, 12, 31)), "rounds run across the new year");
    }

    @Test
    void daysArereadFromTheScheduleOrDefaulted() {
        assertEquals(TAK, ReportingRounds.parseDays("13, 3"));
        assertEquals(DEFAULT, ReportingRounds.parseDays("x"));
        assertEquals(DEFAULT, ReportingRounds.parseDays(""));
    }
}
