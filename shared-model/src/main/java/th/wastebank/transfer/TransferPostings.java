package th.wastebank.transfer;

import java.util.List;
import java.util.UUID;

import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.ledger.Posting;
import th.wastebank.welfare.WelfarePostings;

/**
 * The two postings of a savings transfer or a merge, the same on the phone and the server (ADR
 * 0019): the giving member's savings debited under the op's entity id, the receiving member's
 * credited under an id derived from it. Both are member savings; the welfare fund is never touched.
 * A merge of a zero balance still writes both postings, of zero: the ledger allows a zero amount
 * (a balance is a sum), and so both passbooks show the merge.
 */
public final class TransferPostings {
    private TransferPostings() {
    }

    public static List<Posting> transfer(UUID entryId, SavingsTransfer t) {
        return pair(entryId, t.fromMemberId(), t.toMemberId(), EntryKind.SAVINGS_TRANSFER, t.amount());
    }

    /** The merge's postings moving {@code amount} (the duplicate's balance, as whoever applies it knows it). */
    public static List<Posting> merge(UUID entryId, MemberMerge m, long amount) {
        return pair(entryId, m.fromMemberId(), m.intoMemberId(), EntryKind.MEMBER_MERGE, amount);
    }

    /** The id of the receiving member's posting. */
    public static UUID creditId(UUID entryId) {
        return WelfarePostings.derive(entryId, "credit");
    }

    private static List<Posting> pair(UUID entryId, UUID from, UUID to, EntryKind kind, long amount) {
        return List.of(new Posting(entryId, Account.MEMBER_SAVINGS, from, kind, -amount),
                new Posting(creditId(entryId), Account.MEMBER_SAVINGS, to, kind, amount));
    }
}
