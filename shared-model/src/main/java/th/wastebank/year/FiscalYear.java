package th.wastebank.year;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The Thai government fiscal year (ปีงบประมาณ): 1 October to 30 September, named by its Buddhist-era
 * end year, e.g. ปีงบประมาณ 2569 = 1 Oct 2025 to 30 Sep 2026. Days are Thai days.
 */
public record FiscalYear(int buddhistYear) {
    private static final int BE_OFFSET = 543;
    private static final ZoneId THAI = ZoneId.of("Asia/Bangkok");

    /** The fiscal year {@code day} belongs to. */
    public static FiscalYear of(LocalDate day) {
        return new FiscalYear(day.getYear() + BE_OFFSET + (day.getMonthValue() >= 10 ? 1 : 0));
    }

    /** 1 October, the first day. */
    public LocalDate first() {
        return LocalDate.of(buddhistYear - BE_OFFSET - 1, 10, 1);
    }

    /** 30 September, the last day. */
    public LocalDate last() {
        return LocalDate.of(buddhistYear - BE_OFFSET, 9, 30);
    }

    public YearMonth firstMonth() {
        return YearMonth.from(first());
    }

    public YearMonth lastMonth() {
        return YearMonth.from(last());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first()) && !day.isAfter(last());
    }

    /** The first instant of the year (Thai midnight of 1 October). */
    public Instant start() {
        return first().atStartOfDay(THAI).toInstant();
    }

    /** The first instant after the year. */
    public Instant end() {
        return last().plusDays(1).atStartOfDay(THAI).toInstant();
    }

    /** e.g. "ปีงบประมาณ 2569". */
    public String nameTh() {
        return "ปีงบประมาณ " + buddhistYear;
    }
}
