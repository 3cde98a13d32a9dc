package th.wastebank.welfare;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import th.wastebank.member.Membership;
import th.wastebank.money.Money;

/**
 * Whether a member may claim on a scheme: long enough a member on the day of the event, and enough
 * deposited over the scheme's last months. Phone and server run the same rule; the phone warns,
 * the server records the claim anyway and flags it for the committee.
 */
public final class Eligibility {
    private Eligibility() {
    }

    /** A rule the member does not meet, with the member's figure and the scheme's. */
    public record Unmet(Rule rule, long actual, long required) {
        public String messageTh() {
            return rule == Rule.MEMBERSHIP
                    ? "เป็นสมาชิกมา " + actual + " เดือน สวัสดิการนี้ต้องเป็นสมาชิกอย่างน้อย " + required + " เดือน"
                    : "ยอดฝากในช่วงที่กำหนด " + Money.formatBaht(actual) + " บาท ต้องไม่น้อยกว่า "
                            + Money.formatBaht(required) + " บาท";
        }

        public String messageEn() {
            return rule == Rule.MEMBERSHIP
                    ? "Member for " + actual + " months; the scheme needs " + required
                    : "Deposited " + Money.formatBaht(actual) + " baht in the window; the scheme needs "
                            + Money.formatBaht(required);
        }
    }

    public enum Rule { MEMBERSHIP, DEPOSITS }

    /** Whole months from joining to the event (0 if the event is before joining). */
    public static long membershipMonths(LocalDate joinedOn, LocalDate eventDate) {
        if (eventDate.isBefore(joinedOn)) {
            return 0;
        }
        return Period.between(joinedOn, eventDate).toTotalMonths();
    }

    /**
     * The first day whose deposits count: {@code depositLookbackMonths} before the event (the day
     * after), or the beginning of time when the scheme looks back 0 months. The window ends with
     * the event day.
     */
    public static LocalDate windowStart(SchemeUpsert scheme, LocalDate eventDate) {
        return scheme.depositLookbackMonths() == 0
                ? LocalDate.of(2000, 1, 1)
                : eventDate.minusMonths(scheme.depositLookbackMonths()).plusDays(1);
    }

    /** The rules this member does not meet; empty when eligible. */
    public static List<Unmet> check(SchemeUpsert scheme, LocalDate joinedOn, LocalDate eventDate,
                                    long depositsInWindow) {
        List<Unmet> out = new ArrayList<>();
        long months = membershipMonths(joinedOn, eventDate);
        if (months < scheme.minMembershipMonths()) {
            out.add(new Unmet(Rule.MEMBERSHIP, months, scheme.minMembershipMonths()));
        }
        if (depositsInWindow < scheme.minDeposits()) {
            out.add(new Unmet(Rule.DEPOSITS, depositsInWindow, scheme.minDeposits()));
        }
        return out;
    }

    /** A member is levied when active on the day of the run ({@link Membership#activeOn}). */
    public static boolean levied(LocalDate joinedOn, LocalDate runDay) {
        return Membership.activeOn(joinedOn, runDay);
    }

    /** A deposit share in satang, rounded half up: {@code deposits × bp / 10,000}. */
    public static long depositShare(long deposits, long basisPoints) {
        if (deposits <= 0) {
            return 0;
        }
        return (Math.multiplyExact(deposits, basisPoints) + SchemeUpsert.BASIS_POINTS / 2) / SchemeUpsert.BASIS_POINTS;
    }
}
