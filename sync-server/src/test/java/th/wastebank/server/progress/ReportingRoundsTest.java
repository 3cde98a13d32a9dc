package th.wastebank.server.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportingRoundsTest {
    private static final ReportingRounds.Schedule DEPARTMENT = ReportingRounds.DEPARTMENT;
    private static final ReportingRounds.Schedule TAK = new ReportingRounds.Schedule(List.of(3, 13),
            LocalDate.of(2025, 10, 1));

    private static ReportingRounds.Round round(int y1, int m1, int d1, int y2, int m2, int d2) {
        return new ReportingRounds.Round(LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2));
    }

    @Test
    void theCurrentRoundEndsOnTheNextDueDay() {
        assertEquals(round(2026, 11, 16, 2026, 12, 5), ReportingRounds.current(DEPARTMENT, LocalDate.of(2026, 11, 23)));
        assertEquals(round(2026, 11, 6, 2026, 11, 15), ReportingRounds.current(DEPARTMENT, LocalDate.of(2026, 11, 15)),
                "the due day itself still counts");
    }

    @Test
    void theLastRoundIsTheOneThatClosedBeforeToday() {
        assertEquals(Optional.of(round(2026, 11, 6, 2026, 11, 15)),
                ReportingRounds.previous(DEPARTMENT, LocalDate.of(2026, 11, 23)));
    }

    @Test
    void theDepartmentsFirstRoundIsDueOnMonday15September2025AndNoneBefore() {
        assertEquals(DEPARTMENT.firstDay(), LocalDate.of(2025, 9, 15));
        assertEquals(round(2025, 9, 6, 2025, 9, 15), ReportingRounds.current(DEPARTMENT, LocalDate.of(2025, 9, 15)));
        assertEquals(round(2025, 9, 6, 2025, 9, 15), ReportingRounds.current(DEPARTMENT, LocalDate.of(2025, 7, 1)),
                "before the first day the round to come is the first");
        assertEquals(Optional.empty(), ReportingRounds.previous(DEPARTMENT, LocalDate.of(2025, 9, 15)),
                "no round closed before the first day");
        assertEquals(Optional.empty(), ReportingRounds.previous(DEPARTMENT, LocalDate.of(2025, 8, 1)));
        assertEquals(round(2025, 9, 16, 2025, 10, 5), ReportingRounds.current(DEPARTMENT, LocalDate.of(2025, 9, 16)));
        assertEquals(Optional.of(round(2025, 9, 6, 2025, 9, 15)),
                ReportingRounds.previous(DEPARTMENT, LocalDate.of(2025, 9, 16)), "the first round is the first that can be missed");
    }

    @Test
    void taksFirstDayWednesday1OctoberStandsForThe3rdThenThe13th() {
        assertEquals(round(2025, 9, 14, 2025, 10, 1), ReportingRounds.current(TAK, LocalDate.of(2025, 9, 20)));
        assertEquals(round(2025, 10, 2, 2025, 10, 13), ReportingRounds.current(TAK, LocalDate.of(2025, 10, 2)),
                "1 Oct takes the place of 3 Oct");
        assertEquals(Optional.of(round(2025, 9, 14, 2025, 10, 1)), ReportingRounds.previous(TAK, LocalDate.of(2025, 10, 3)));
        assertEquals(round(2026, 11, 14, 2026, 12, 3), ReportingRounds.current(TAK, LocalDate.of(2026, 11, 23)));
        assertEquals(round(2026, 12, 14, 2027, 1, 3), ReportingRounds.current(TAK, LocalDate.of(2026, 12, 31)),
                "rounds run across the new year");
    }

    @Test
    void aProvinceThatSetNoDaysIsJudgedByTheDepartmentsDays() {
        assertEquals(ReportingRounds.DEPARTMENT, RoundDays.forOrgs(Optional.empty()));
        assertEquals(TAK, RoundDays.forOrgs(Optional.of(TAK)));
    }

    @Test
    void aDayPastTheMonthsEndIsItsLastDay() {
        ReportingRounds.Schedule monthEnd = new ReportingRounds.Schedule(List.of(15, 31), LocalDate.of(2026, 1, 15));
        assertEquals(round(2026, 2, 16, 2026, 2, 28), ReportingRounds.current(monthEnd, LocalDate.of(2026, 2, 20)));
        assertEquals(round(2026, 3, 1, 2026, 3, 15), ReportingRounds.current(monthEnd, LocalDate.of(2026, 3, 1)));
        assertEquals(round(2028, 2, 16, 2028, 2, 29), ReportingRounds.current(monthEnd, LocalDate.of(2028, 2, 29)),
                "a leap year's February ends on the 29th");
        ReportingRounds.Schedule both = new ReportingRounds.Schedule(List.of(30, 31), LocalDate.of(2026, 1, 30));
        assertEquals(round(2026, 2, 1, 2026, 2, 28), ReportingRounds.current(both, LocalDate.of(2026, 2, 10)),
                "the 30th and 31st of February are one due day");
    }

    @Test
    void daysAreCheckedAsTyped() {
        assertEquals(Optional.of(List.of(3, 13)), ReportingRounds.days("13, 3"));
        assertEquals(Optional.of(List.of(3, 13)), ReportingRounds.days("3 13"));
        assertEquals(Optional.empty(), ReportingRounds.days("x"));
        assertEquals(Optional.empty(), ReportingRounds.days(""));
        assertEquals(Optional.empty(), ReportingRounds.days("0, 5"));
        assertEquals(Optional.empty(), ReportingRounds.days("5, 32"));
        assertEquals(Optional.empty(), ReportingRounds.days("5, 5"));
        assertEquals(Optional.empty(), ReportingRounds.days("1 2 3 4 5"));
        assertEquals(List.of(3, 13), ReportingRounds.parseDays("3,13"));
        assertEquals(Optional.of(LocalDate.of(2025, 10, 1)), ReportingRounds.firstDay("2025-10-01"));
        assertEquals(Optional.empty(), ReportingRounds.firstDay("1/10/2568"));
    }
}
