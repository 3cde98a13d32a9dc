package th.wastebank.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesTest {
    /** 10:00 on 23 November 2026 in Thailand. */
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @Test
    void anInstantUpToADayAheadIsInRangeAndOneSecondMoreIsNot() {
        assertTrue(Dates.inRange(NOW.plusSeconds(86_400), NOW));
        assertFalse(Dates.inRange(NOW.plusSeconds(86_401), NOW));
        assertFalse(Dates.inRange(Instant.parse("2026-12-23T03:00:00Z"), NOW), "a clock a month fast");
    }

    @Test
    void nothingBeforeNewYear2000InThailandIsInRange() {
        assertTrue(Dates.inRange(Instant.parse("1999-12-31T17:00:00Z"), NOW));
        assertFalse(Dates.inRange(Instant.parse("1999-12-31T16:59:59Z"), NOW));
        assertTrue(Dates.inRange(LocalDate.of(2000, 1, 1), NOW));
        assertFalse(Dates.inRange(LocalDate.of(1999, 12, 31), NOW));
        assertFalse(Dates.inRange((Instant) null, NOW));
        assertFalse(Dates.inRange((LocalDate) null, NOW));
    }

    @Test
    void tomorrowInThailandIsInRangeButTheDayAfterIsNot() {
        assertTrue(Dates.inRange(LocalDate.of(2026, 11, 24), NOW));
        assertFalse(Dates.inRange(LocalDate.of(2026, 11, 25), NOW));
        assertFalse(Dates.inRange(LocalDate.of(99_999, 1, 1), NOW));
    }

    @Test
    void checkNamesTheFieldInThaiAndEnglish() {
        List<Violation> out = new ArrayList<>();
        Dates.check(LocalDate.of(1990, 1, 1), "doneOn", NOW, out);
        Dates.check(NOW, "paidAt", NOW, out);
        assertEquals(List.of(Violation.of(ReasonCode.DATE_OUT_OF_RANGE, "doneOn")), out);
        assertTrue(out.get(0).messageTh().contains("doneOn"));
        assertTrue(out.get(0).messageEn().contains("doneOn"));
    }
}
