package th.wastebank.client.committee;

import th.wastebank.client.i18n.Messages;
import th.wastebank.committee.Roster;

/**
 * An approval or a PIN that was not accepted, and nothing was saved: a PIN that is wrong, not set
 * on this phone, locked for a while after five wrong tries, or not 4 to 6 digits; or two roster
 * members who break {@link Roster}'s rule. It belongs beside the PIN field of approver
 * {@link #approver()} (0 or 1; 0 on the PIN screen).
 */
public final class ApprovalRefused extends RuntimeException {
    private final int approver;
    private final String key;
    private final transient Object[] args;
    private final Roster.Problem problem;

    private ApprovalRefused(int approver, String key, Roster.Problem problem, Object... args) {
        super(problem == null ? key : problem.messageEn());
        this.approver = approver;
        this.key = key;
        this.problem = problem;
        this.args = args.clone();
    }

    /** A PIN refusal with the message {@code key} of the phone's bundle. */
    static ApprovalRefused pin(String key, Object... args) {
        return new ApprovalRefused(0, key, null, args);
    }

    /** A broken roster rule, with the shared rule's own words. */
    static ApprovalRefused roster(int approver, Roster.Problem problem) {
        return new ApprovalRefused(approver, null, problem);
    }

    ApprovalRefused forApprover(int index) {
        return new ApprovalRefused(index, key, problem, args);
    }

    public int approver() {
        return approver;
    }

    /** The message key of a PIN refusal; null for a roster rule. */
    public String key() {
        return key;
    }

    /** What to show, in the current language. */
    public String message(Messages m) {
        if (problem != null) {
            return m.thai() ? problem.messageTh() : problem.messageEn();
        }
        return m.get(key, args);
    }
}
