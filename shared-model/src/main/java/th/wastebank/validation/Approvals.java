package th.wastebank.validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Money that leaves an account is confirmed by two different committee members: either by two
 * typed names ({@code approvedBy}, as every op did before the bank kept a roster), or by the ids of
 * two roster members who entered their PINs ({@code approverIds}, with their names in
 * {@code approvedBy} for people to read). Whether two ids are two different members on the
 * committee that day is {@link th.wastebank.committee.Roster}'s rule: it needs the roster, so the
 * phone checks it before saving and the server flags an op that breaks it (the cash was paid).
 */
public final class Approvals {
    /** The optional field of roster ids; absent from ops approved by typed names, which keep their bytes. */
    public static final String IDS_FIELD = "approverIds";

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
     * What is wrong with who approved, by the payload alone: with roster ids, that there are not
     * exactly two; with names only, fewer than two different names ({@code approversMissing}).
     */
    public static void check(List<String> approvedBy, List<UUID> approverIds, ReasonCode approversMissing,
                             List<Violation> out) {
        if (approverIds != null) {
            if (approverIds.size() != 2) {
                out.add(Violation.of(ReasonCode.APPROVER_IDS_INVALID, IDS_FIELD));
            }
        } else if (!twoDifferent(approvedBy)) {
            out.add(Violation.of(approversMissing, "approvedBy"));
        }
    }

    /** Writes the roster ids, when there are any (an op approved by names keeps its exact JSON). */
    public static void putIds(Map<String, Object> json, List<UUID> approverIds) {
        if (approverIds != null) {
            json.put(IDS_FIELD, approverIds.stream().map(UUID::toString).toList());
        }
    }

    /** An unmodifiable copy, or null for none. */
    public static List<UUID> copyIds(List<UUID> approverIds) {
        return approverIds == null ? null : List.copyOf(approverIds);
    }

    /**
     * What is wrong with cash handed over (a withdrawal from savings, a payout from the welfare fund):
     * an amount that is not positive or is absurd, a day that cannot be, approvers that break
     * {@link #check} ({@code approversMissing} says whose rule it is for typed names).
     */
    public static List<Violation> ofCashPaid(long amount, Instant paidAt, List<String> approvedBy,
                                             List<UUID> approverIds, Instant now, ReasonCode approversMissing) {
        List<Violation> out = new ArrayList<>();
        Limits.checkAmount(amount, "amount", out);
        Dates.check(paidAt, "paidAt", now, out);
        check(approvedBy, approverIds, approversMissing, out);
        return out;
    }
}
