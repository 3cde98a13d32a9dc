package th.wastebank.welfare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.member.Membership;
import th.wastebank.validation.Dates;

/**
 * Who a levy run debits and how much, by the scheme's rules: every member active on the day of the
 * run ({@link Membership#activeOn}), at the scheme's levy, or for a deposit share at their share of
 * what they deposited over the period ({@link Eligibility#depositShare}); a member whose amount
 * comes to nothing is left out. The phone's preview shows exactly these lines; the server derives
 * them again to flag a run that differs.
 */
public final class LevyPlan {
    private LevyPlan() {
    }

    /**
     * A member as a levy sees them: the days they joined and left (null: still a member) and, for a
     * deposit share, what they deposited in the period.
     */
    public record Member(UUID id, LocalDate joinedOn, LocalDate leftOn, long depositsInPeriod) {
        public Member(UUID id, LocalDate joinedOn, long depositsInPeriod) {
            this(id, joinedOn, null, depositsInPeriod);
        }
    }

    /**
     * The lines, in the order the members were given, and who was left out: {@code notYetMembers}
     * joined after the day of the run or had left by then (moved away, died, left, merged), {@code nothingToShare} owe nothing (a deposit share of nothing).
     */
    public record Plan(List<LevyLine> lines, int notYetMembers, int nothingToShare) {
        public Plan {
            lines = List.copyOf(lines);
        }

        public long total() {
            return lines.stream().mapToLong(LevyLine::amount).sum();
        }
    }

    /**
     * The days whose deposits a deposit share is a share of, both included (Thai days). Its event key
     * is the period as an ISO interval, e.g. {@code 2026-10-01/2026-10-31}, so a period is levied once.
     */
    public record Period(LocalDate from, LocalDate to) {
        public String event() {
            return from + "/" + to;
        }

        /** The first instant of the period. */
        public Instant start() {
            return from.atStartOfDay(Dates.THAI).toInstant();
        }

        /** The first instant after the period. */
        public Instant end() {
            return to.plusDays(1).atStartOfDay(Dates.THAI).toInstant();
        }

        /** The period an event key names; empty when it names none. */
        public static Optional<Period> ofEvent(String event) {
            int slash = event == null ? -1 : event.indexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            try {
                Period p = new Period(LocalDate.parse(event.substring(0, slash)), LocalDate.parse(event.substring(slash + 1)));
                return p.from().isAfter(p.to()) ? Optional.empty() : Optional.of(p);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** What one member owes by the scheme: its levy, or its share of {@code depositsInPeriod}. */
    public static long amountFor(SchemeUpsert scheme, long depositsInPeriod) {
        if (scheme.fundingSource() == Funding.DEPOSIT_SHARE) {
            return scheme.depositShareBp() == null ? 0 : Eligibility.depositShare(depositsInPeriod, scheme.depositShareBp());
        }
        return scheme.levyAmount() == null ? 0 : scheme.levyAmount();
    }

    /** The run the scheme's rules make on {@code runDay} of these members. */
    public static Plan plan(SchemeUpsert scheme, LocalDate runDay, List<Member> members) {
        List<LevyLine> lines = new ArrayList<>();
        int notYet = 0;
        int nothing = 0;
        for (Member m : members) {
            if (!Membership.activeOn(m.joinedOn(), m.leftOn(), runDay)) {
                notYet++;
                continue;
            }
            long amount = amountFor(scheme, m.depositsInPeriod());
            if (amount <= 0) {
                nothing++;
                continue;
            }
            lines.add(new LevyLine(m.id(), amount));
        }
        return new Plan(lines, notYet, nothing);
    }
}
