package th.wastebank.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The lines of a run over members (a levy's debits, a dividend's credits): at least one and at most
 * {@code maxLines}, no member twice, every amount by the amount rule, and their sum the run's total.
 */
public final class MemberLines {
    private MemberLines() {
    }

    /** Adds what is wrong with the lines; true when they hold amounts that add up to {@code total}. */
    public static boolean check(List<UUID> memberIds, List<Long> amounts, long total, int maxLines,
                                ReasonCode none, List<Violation> out) {
        if (memberIds.isEmpty()) {
            out.add(Violation.of(none, "lines"));
        } else if (memberIds.size() > maxLines) {
            out.add(Violation.of(ReasonCode.LEVY_TOO_MANY, "lines"));
        }
        Set<UUID> seen = new HashSet<>();
        long sum = 0;
        boolean amountsOk = true;
        for (int i = 0; i < memberIds.size(); i++) {
            if (!seen.add(memberIds.get(i))) {
                out.add(Violation.of(ReasonCode.LEVY_MEMBER_REPEATED, "lines[" + i + "].memberId"));
            }
            int before = out.size();
            Limits.checkAmount(amounts.get(i), "lines[" + i + "].amount", out);
            amountsOk &= out.size() == before;
            sum += amounts.get(i);
        }
        if (amountsOk && !memberIds.isEmpty() && sum != total) {
            out.add(Violation.of(ReasonCode.TOTAL_MISMATCH, "total"));
            return false;
        }
        return amountsOk && !memberIds.isEmpty();
    }
}
