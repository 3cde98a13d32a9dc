package th.wastebank.client.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.committee.Approved;
import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.Validation;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.id.IdGenerator;
import th.wastebank.ledger.Posting;
import th.wastebank.transfer.MemberMerge;
import th.wastebank.transfer.SavingsTransfer;
import th.wastebank.transfer.TransferPostings;
import th.wastebank.transfer.TransferReason;
import th.wastebank.validation.ReasonCode;

/**
 * Savings moved between two members on this phone (ADR 0019): a member's balance to their heir, and
 * a member registered twice merged into the one kept. Both are applied here at once, as a
 * withdrawal is (the passbooks show the move before any sync), and queued as one op. A merge moves
 * the duplicate's balance as this phone knows it; the server's entry, pulled back, replaces it with
 * the balance the server moved ({@link MemberMergeHandler}).
 */
public final class MoveService {
    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public MoveService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    /** What moved: the amount, and the receiving member's balance after it. */
    public record Moved(UUID entryId, long amount, long receiverBalanceAfter) {
    }

    /** Moves {@code amount} of {@code from}'s savings to {@code to}: never above what this phone knows {@code from} holds. */
    public Moved transfer(UUID from, UUID to, long amount, TransferReason reason, String note, Approved approved) {
        if (from == null) {
            throw Invalid.of(ReasonCode.MEMBER_REQUIRED, "fromMemberId");
        }
        if (to == null) {
            throw Invalid.of(ReasonCode.MEMBER_REQUIRED, "toMemberId");
        }
        Instant at = clock.instant();
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        SavingsTransfer t = new SavingsTransfer(from, to, amount, at, reason.wire(), cleanNote, approved.names(),
                approved.ids());
        Validation.require(t, at);
        UUID entryId = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            requireActive(c, from, "fromMemberId");
            requireActive(c, to, "toMemberId");
            if (amount > Ledger.balance(c, from)) {
                throw Invalid.of(ReasonCode.TRANSFER_ABOVE_BALANCE, "amount");
            }
            Ledger.insertBetween(c, entries(TransferPostings.transfer(entryId, t), at, note(t.approvedBy(), cleanNote),
                    SyncState.PENDING));
            Outbox.add(c, opId, entryId, t, at);
            return new Moved(entryId, amount, Ledger.balance(c, to));
        });
    }

    /**
     * Merges the duplicate {@code from} into {@code into}: its whole balance as this phone knows it
     * moves, and it is marked merged here at once (no longer counted nor offered in the pickers). A
     * duplicate already merged is merged again only while money that came later left it a balance.
     */
    public Moved merge(UUID from, UUID into, Approved approved) {
        if (from == null) {
            throw Invalid.of(ReasonCode.MEMBER_REQUIRED, "fromMemberId");
        }
        if (into == null) {
            throw Invalid.of(ReasonCode.MEMBER_REQUIRED, "intoMemberId");
        }
        Instant at = clock.instant();
        MemberMerge m = new MemberMerge(from, into, at, approved.names(), approved.ids());
        Validation.require(m, at);
        UUID entryId = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            MemberService.find(c, from).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_MEMBER, "fromMemberId"));
            long balance = Ledger.balance(c, from);
            boolean mergedBefore = MemberService.mergedInto(c, from) != null;
            if (mergedBefore && balance == 0) {
                throw Invalid.of(ReasonCode.MEMBER_ALREADY_MERGED, "fromMemberId");
            }
            MemberService.find(c, into).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_MEMBER, "intoMemberId"));
            if (MemberService.mergedInto(c, into) != null) {
                throw Invalid.of(ReasonCode.MERGE_INTO_MERGED, "intoMemberId");
            }
            Ledger.insertBetween(c, entries(TransferPostings.merge(entryId, m, balance), at,
                    String.join(", ", m.approvedBy()), SyncState.PENDING));
            if (!mergedBefore) {
                MemberService.markMerged(c, from, into, m.mergedOn());
            }
            Outbox.add(c, opId, entryId, m, at);
            return new Moved(entryId, balance, Ledger.balance(c, into));
        });
    }

    private static void requireActive(Connection c, UUID memberId, String field) throws SQLException {
        MemberService.find(c, memberId).orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_MEMBER, field));
        if (MemberService.mergedInto(c, memberId) != null) {
            throw Invalid.of(ReasonCode.MEMBER_ALREADY_MERGED, field);
        }
    }

    /** The phone's entries of a move's two postings, with who approved it (and the transfer's note). */
    static List<LedgerEntry> entries(List<Posting> postings, Instant at, String note, SyncState state) {
        return postings.stream().map(p -> new LedgerEntry(p.id(), p.memberId(), p.account(), p.kind(), p.amount(), 0,
                at, null, note, state, false)).toList();
    }

    static String note(List<String> approvedBy, String note) {
        String names = String.join(", ", approvedBy);
        return note == null ? names : note + " · " + names;
    }
}
