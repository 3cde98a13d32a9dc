package th.wastebank.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Plausibility of dates typed or stamped on a phone. A phone's clock may be wrong by a year
 * (nothing is lost for that: the server's order decides), but a date decades away is a slip.
 */
public final class Dates {
    /** Waste banks keep Thai time; months for reports are cut in this zone. */
    public static final ZoneId THAI = ZoneId.of("Asia/Bangkok");
    private static final Instant EARLIEST_EVENT = Instant.parse("2000-01-01T00:00:00Z");

    private Dates() {
    }

    /** An event such as a deposit: after 2000 and at most about a year ahead of {@code now}. */
    public static boolean plausibleEvent(Instant at, Instant now) {
        return at != null && !at.isBefore(EARLIEST_EVENT) && !at.isAfter(now.plus(400, ChronoUnit.DAYS));
    }

    /** A calendar date such as the day a member joined: within a lifetime, not in the future. */
    public static boolean plausibleDay(LocalDate day, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, THAI);
        return day != null
                && !day.isBefore(today.minusYears(Limits.MAX_DATE_YEARS_BACK))
                && !day.isAfter(today.plusDays(Limits.MAX_DATE_DAYS_AHEAD));
    }

    /** The Buddhist Era year: พ.ศ. = ค.ศ. + 543. */
    public static int buddhistYear(int gregorianYear) {
        return gregorianYear + 543;
    }
}
