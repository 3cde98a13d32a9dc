package th.wastebank.client.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ThaiFormatTest {
    private final ThaiFormat thai = new ThaiFormat(true, false);
    private final ThaiFormat english = new ThaiFormat(false, false);
    private final ThaiFormat thaiDigits = new ThaiFormat(true, true);

    @Test
    void datesAreInTheBuddhistEraWithThaiMonths() {
        assertEquals("23 พ.ย. 2569", thai.date(LocalDate.of(2026, 11, 23)));
        assertEquals("1 ม.ค. 2543", thai.date(LocalDate.of(2000, 1, 1)));
        assertEquals("31 ธ.ค. 2568", thai.date(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void englishDatesAreGregorian() {
        assertEquals("23 Nov 2026", english.date(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void timesAreThaiTimeWithNo() {
        Instant at = Instant.parse("2026-11-23T02:05:00Z");
        assertEquals("09:05 น.", thai.time(at));
        assertEquals("23 พ.ย. 2569 09:05 น.", thai.dateTime(at));
        assertEquals("09:05", english.time(at));
    }

    @Test
    void theDayChangesAtThaiMidnight() {
        assertEquals("24 พ.ย. 2569 00:30 น.", thai.dateTime(Instant.parse("2026-11-23T17:30:00Z")));
    }

    @Test
    void momentIsJustTheTimeToday() {
        Instant at = Instant.parse("2026-11-23T02:05:00Z");
        assertEquals("09:05 น.", thai.moment(at, LocalDate.of(2026, 11, 23)));
        assertEquals("23 พ.ย. 2569 09:05 น.", thai.moment(at, LocalDate.of(2026, 11, 24)));
    }

    @Test
    void bahtUsesTheSharedFormatting() {
        assertEquals("1,234.50 บาท", thai.baht(123450));
        assertEquals("-0.05 บาท", thai.baht(-5));
        assertEquals("1,234.50 baht", english.baht(123450));
        assertEquals("8.00 บาท/กก.", thai.pricePerKg(800));
    }

    @Test
    void kilogramsHaveThreeDecimals() {
        assertEquals("2.500 กก.", thai.kg(2500));
        assertEquals("1,000.000 kg", english.kg(1_000_000));
    }

    @Test
    void thaiDigitsAreAnOption() {
        assertEquals("๒๓ พ.ย. ๒๕๖๙", thaiDigits.date(LocalDate.of(2026, 11, 23)));
        assertEquals("๑,๒๓๔.๕๐ บาท", thaiDigits.baht(123450));
        assertEquals("๑,๐๐๐", thaiDigits.number(1000));
    }
}
