package th.wastebank.year;

import java.time.LocalDate;

/**
 * The Thai government's fiscal year, October to September, named by the Buddhist-era year it ends
 * in: 1 October 2025 to 30 September 2026 is ปีงบประมาณ 2569.
 */
public record FiscalYear(int endYear) {

    /** The fiscal year {@code day} falls in. */
    public static FiscalYear of(LocalDate day) {
        return new FiscalYear(day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear());
    }

    /** 1 October of the year before the one it ends in. */
    public LocalDate first() {
        return LocalDate.of(endYear - 1, 10, 1);
    }

    /** 30 September of the year it ends in. */
    public LocalDate last() {
        return LocalDate.of(endYear, 9, 30);
    }

    /** The Buddhist-era year it ends in (its name). */
    public int buddhistYear() {
        return endYear + 543;
    }

    /** {@code "ปีงบประมาณ 2569"}. */
    public String nameTh() {
        return "ปีงบประมาณ " + buddhistYear();
    }
}
