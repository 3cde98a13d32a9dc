package th.wastebank.validation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The one rule for every date an op carries (its {@code recordedAt} and every date in its payload):
 * not before 2000 and not more than a day ahead of {@code now}. The server passes its own clock, so
 * a phone whose clock runs a month fast cannot place a report in a future round or a deposit in a
 * future month; the phone runs the same rule with its clock before saving.
 */
public final class Dates {
    /** Waste banks keep Thai time; months for reports are cut in this zone. */
    public static final ZoneId THAI = ZoneId.of("Asia/Bangkok");
    /** The earliest day any op may carry (Thai time). */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(2000, 1, 1);
    /** How far ahead of the clock that checks it a date may lie (a phone a few hours fast is fine). */
    public static final Duration MAX_AHEAD = Duration.ofDays(1);
    private static final Instant EARLIEST = EARLIEST_DAY.atStartOfDay(THAI).toInstant();

    private Dates() {
    }

    /** An instant (a deposit, a payment, an op's recordedAt) within the accepted range. */
    public static boolean inRange(Instant at, Instant now) {
        return at != null && !at.isBefore(EARLIEST) && !at.isAfter(now.plus(MAX_AHEAD));
    }

    /** A calendar day (a member's joining day, a step's day): its first moment in Thailand is in range. */
    public static boolean inRange(LocalDate day, Instant now) {
        return day != null && !day.isBefore(EARLIEST_DAY) && inRange(day.atStartOfDay(THAI).toInstant(), now);
    }

    /** Adds DATE_OUT_OF_RANGE for {@code field} when {@code at} is out of range. */
    public static void check(Instant at, String field, Instant now, List<Violation> out) {
        if (!inRange(at, now)) {
            out.add(Violation.of(ReasonCode.DATE_OUT_OF_RANGE, field));
        }
    }

    /** Adds DATE_OUT_OF_RANGE for {@code field} when {@code day} is out of range. */
    public static void check(LocalDate day, String field, Instant now, List<Violation> out) {
        if (!inRange(day, now)) {
            out.add(Violation.of(ReasonCode.DATE_OUT_OF_RANGE, field));
        }
    }

    /** The Buddhist Era year: พ.ศ. = ค.ศ. + 543. */
    public static int buddhistYear(int gregorianYear) {
        return gregorianYear + 543;
    }
}
