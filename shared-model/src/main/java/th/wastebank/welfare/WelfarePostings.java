package th.wastebank.welfare;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.ledger.Posting;

/**
 * The ledger entries welfare ops create, computed the same way on the phone and on the server so
 * that both hold the same entries under the same ids. A levy run of n lines is one fund credit
 * (id = the run's id) and n savings debits whose ids are derived from the run and the member: a
 * run is applied once, and its entries can never be created twice.
 */
public final class WelfarePostings {
    private WelfarePostings() {
    }

    public static List<Posting> levy(UUID runId, LevyRun run) {
        List<Posting> out = new ArrayList<>(run.lines().size() + 1);
        out.add(new Posting(runId, Account.WELFARE_FUND, null, EntryKind.WELFARE_LEVY, run.total()));
        for (LevyLine line : run.lines()) {
            out.add(new Posting(levyEntryId(runId, line.memberId()), Account.MEMBER_SAVINGS, line.memberId(),
                    EntryKind.WELFARE_LEVY, -line.amount()));
        }
        return out;
    }

    /** A payout debits the fund; the member it was paid to is kept on the entry for the passbook. */
    public static Posting payout(UUID payoutId, UUID memberId, long amount) {
        return new Posting(payoutId, Account.WELFARE_FUND, memberId, EntryKind.WELFARE_PAYOUT, -amount);
    }

    public static Posting contribution(UUID id, long amount) {
        return new Posting(id, Account.WELFARE_FUND, null, EntryKind.WELFARE_CONTRIBUTION, amount);
    }

    /**
     * Reversing one member's levy debit gives the money back to the member, so the fund gives it
     * up too: this is the fund-side entry that goes with such a reversal.
     */
    public static Posting levyReversalFundSide(UUID reversalId, long memberLevyAmount) {
        return new Posting(derive(reversalId, "fund"), Account.WELFARE_FUND, null, EntryKind.REVERSAL,
                memberLevyAmount);
    }

    /** The id of a member's debit in a levy run. */
    public static UUID levyEntryId(UUID runId, UUID memberId) {
        return derive(runId, memberId.toString());
    }

    /**
     * A UUIDv7 that keeps the parent's timestamp and takes its other bits from SHA-256 of the parent
     * and the name: stable, and as unlikely to collide as a random UUIDv7.
     */
    public static UUID derive(UUID parent, String name) {
        byte[] h = sha256(parent + "/" + name);
        long ts = parent.getMostSignificantBits() >>> 16;
        long randA = ((h[0] & 0xffL) << 8 | (h[1] & 0xffL)) & 0x0fffL;
        long hi = (ts << 16) | 0x7000L | randA;
        long lo = 0;
        for (int i = 2; i < 10; i++) {
            lo = (lo << 8) | (h[i] & 0xffL);
        }
        lo = (lo & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
