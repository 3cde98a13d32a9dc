package th.wastebank.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Money that leaves an account is confirmed by two different committee members. */
public final class Approvals {
    private Approvals() {
    }

    /**
     * True when the names hold at least two different people (case and spacing ignored); a blank
     * name is nobody (the server's reader drops blank names before this rule sees them; a phone's
     * form may pass a field left empty).
     */
    public static boolean twoDifferent(List<String> names) {
        return names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).filter(n -> !n.isEmpty())
                .distinct().count() >= 2;
    }

    /**
     * What is wrong with cash handed over (a withdrawal from savings, a payout from the welfare fund):
     * an amount that is not positive or is absurd, a day that cannot be, fewer than two different
     * names ({@code approversMissing} says whose rule it is).
     */
    public static List<Violation> ofCashPaid(long amount, Instant paidAt, List<String> approvedBy, Instant now,
                                             ReasonCode approversMissing) {
        List<Violation> out = new ArrayList<>();
        Limits.checkAmount(amount, "amount", out);
        Dates.check(paidAt, "paidAt", now, out);
        if (!twoDifferent(approvedBy)) {
            out.add(Violation.of(approversMissing, "approvedBy"));
        }
        return out;
    }
}
