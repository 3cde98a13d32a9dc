package th.wastebank.dividend;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.member.Membership;

/**
 * The year-end dividend (ปันผล, ADR 0015): the committee shares {@code shareBp} basis points of the
 * fiscal year's margin ({@link #pool}) among the members still active at the year's end (one who
 * moved away, died, left or was merged during the year shares nothing), by what each deposited
 * that year or in equal shares. Every satang of the pool is shared out:
 * each member first gets the whole satang of their exact share, and the satang left over go one each
 * to the largest remainders (ties: the larger weight, then the smaller member id), so the phone's
 * preview and the server's check make the same lines from the same figures.
 */
public final class DividendPlan {
    /** A whole pool, in basis points. */
    public static final long ALL_BP = 10_000;

    private DividendPlan() {
    }

    /** How the pool is split. */
    public enum Rule {
        /** In proportion to what each member active at the year's end deposited in the fiscal year. */
        BY_DEPOSITS("ตามยอดฝากของสมาชิกในปี"),
        /** The same share for every member active at the year's end. */
        EQUAL("เท่ากันทุกคนที่เป็นสมาชิก ณ สิ้นปี");

        private final String nameTh;

        Rule(String nameTh) {
            this.nameTh = nameTh;
        }

        public String nameTh() {
            return nameTh;
        }

        public static Optional<Rule> parse(String code) {
            return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
        }
    }

    /** A member as the dividend sees them: when they joined and left (null: still a member) and what they deposited in the year. */
    public record Member(UUID id, LocalDate joinedOn, LocalDate leftOn, long depositsInYear) {
        public Member(UUID id, LocalDate joinedOn, long depositsInYear) {
            this(id, joinedOn, null, depositsInYear);
        }
    }

    /** The lines (largest first, then by member id) and how many members share nothing. */
    public record Plan(long pool, List<DividendLine> lines, int leftOut) {
        public Plan {
            lines = List.copyOf(lines);
        }

        public long total() {
            return lines.stream().mapToLong(DividendLine::amount).sum();
        }
    }

    /** The satang shared out: {@code shareBp} of a positive margin, rounded down; nothing from a loss. */
    public static long pool(long yearMargin, long shareBp) {
        if (yearMargin <= 0 || shareBp <= 0) {
            return 0;
        }
        return BigInteger.valueOf(yearMargin).multiply(BigInteger.valueOf(Math.min(shareBp, ALL_BP)))
                .divide(BigInteger.valueOf(ALL_BP)).longValueExact();
    }

    /** The lines of a pool shared by {@code rule} among {@code members}, for a year ending on {@code yearLastDay}. */
    public static Plan plan(Rule rule, long pool, LocalDate yearLastDay, List<Member> members) {
        List<Member> sharing = new ArrayList<>();
        for (Member m : members) {
            boolean in = Membership.activeOn(m.joinedOn(), m.leftOn(), yearLastDay)
                    && (rule != Rule.BY_DEPOSITS || m.depositsInYear() > 0);
            if (in) {
                sharing.add(m);
            }
        }
        int leftOut = members.size() - sharing.size();
        if (sharing.isEmpty() || pool <= 0) {
            return new Plan(Math.max(pool, 0), List.of(), members.size());
        }
        BigInteger whole = BigInteger.valueOf(pool);
        BigInteger weights = BigInteger.ZERO;
        for (Member m : sharing) {
            weights = weights.add(BigInteger.valueOf(weight(rule, m)));
        }
        record Share(Member member, long weight, long amount, BigInteger remainder) {
        }
        List<Share> shares = new ArrayList<>();
        long given = 0;
        for (Member m : sharing) {
            long w = weight(rule, m);
            BigInteger[] qr = whole.multiply(BigInteger.valueOf(w)).divideAndRemainder(weights);
            shares.add(new Share(m, w, qr[0].longValueExact(), qr[1]));
            given += qr[0].longValueExact();
        }
        List<Share> byRemainder = new ArrayList<>(shares);
        byRemainder.sort(Comparator.comparing(Share::remainder).reversed()
                .thenComparing(Comparator.comparingLong(Share::weight).reversed())
                .thenComparing(s -> s.member().id()));
        long left = pool - given;
        List<DividendLine> lines = new ArrayList<>();
        for (Share s : byRemainder) {
            long extra = left > 0 ? 1 : 0;
            left -= extra;
            if (s.amount() + extra > 0) {
                lines.add(new DividendLine(s.member().id(), s.amount() + extra));
            }
        }
        lines.sort(Comparator.comparingLong(DividendLine::amount).reversed().thenComparing(DividendLine::memberId));
        return new Plan(pool, lines, leftOut + sharing.size() - lines.size());
    }

    private static long weight(Rule rule, Member m) {
        return rule == Rule.BY_DEPOSITS ? m.depositsInYear() : 1;
    }
}
