package th.wastebank.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Money that leaves an account is confirmed by two different committee members. */
public final class Approvals {
    private Approvals() {
    }

    /** True when the names hold at least two different people (case and spacing ignored). */
    public static boolean twoDifferent(List<String> names) {
        return names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).distinct().count() >= 2;
    }

    /**
     * What is wrong with cash handed over (a withdrawal from savings, a payout from the welfare fund):
     * an amount that is not positive or is absurd, a day that cannot be, fewer than two different
     * names ({@code approversMissing} says whose rule it is).
     */
    public static List<Violation> ofCashPaid(long amount, Instant paidAt, List<String> approvedBy, Instant now,
                                             ReasonCode approversMissing) {
        List<Violation> out = new ArrayList<>();
        if (amount <= 0) {
            out.add(Violation.of(ReasonCode.AMOUNT_NOT_POSITIVE, "amount"));
        } else if (amount > Limits.MAX_AMOUNT) {
            out.add(Violation.of(ReasonCode.AMOUNT_TOO_LARGE, "amount"));
        }
        Dates.check(paidAt, "paidAt", now, out);
        if (!twoDifferent(approvedBy)) {
            out.add(Violation.of(approversMissing, "approvedBy"));
        }
        return out;
    }
}
