package th.wastebank.dividend;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.ledger.Posting;
import th.wastebank.welfare.WelfarePostings;

/**
 * The entries of a dividend run, the same on the phone and the server: one debit of the bank's own
 * account (id = the run's id) for the total, and one credit of each member's savings (ids derived
 * from the run and the member), so a run's entries are never created twice (ADR 0015).
 */
public final class DividendPostings {
    private DividendPostings() {
    }

    public static List<Posting> of(UUID runId, DividendRun run) {
        List<Posting> out = new ArrayList<>(run.lines().size() + 1);
        out.add(new Posting(runId, Account.BANK, null, EntryKind.DIVIDEND, -run.total()));
        for (DividendLine line : run.lines()) {
            out.add(new Posting(memberEntryId(runId, line.memberId()), Account.MEMBER_SAVINGS, line.memberId(),
                    EntryKind.DIVIDEND, line.amount()));
        }
        return out;
    }

    /** The id of a member's credit in a dividend run. */
    public static UUID memberEntryId(UUID runId, UUID memberId) {
        return WelfarePostings.derive(runId, "dividend/" + memberId);
    }
}
