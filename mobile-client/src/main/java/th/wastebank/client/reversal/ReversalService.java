package th.wastebank.client.reversal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import th.wastebank.client.common.Invalid;
import th.wastebank.client.common.Validation;
import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.outbox.Outbox;
import th.wastebank.client.store.ClientStore;
import th.wastebank.client.store.SyncState;
import th.wastebank.id.IdGenerator;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.ledger.EntryReverse;
import th.wastebank.ledger.Posting;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.WelfarePostings;

/**
 * Corrects a mistaken entry by a reversal that names it: the original stays in the passbook,
 * crossed out by the reversal beside it. Giving a member their welfare levy back also takes it out
 * of the welfare fund (the fund-side entry the server makes too, under the same id); the fund's
 * own credit of a levy run is never reversed on its own, only member by member.
 */
public final class ReversalService {
    private final ClientStore store;
    private final Clock clock;
    private final IdGenerator ids;

    public ReversalService(ClientStore store, Clock clock, IdGenerator ids) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
    }

    public LedgerEntry reverse(UUID entryId, String reason) {
        EntryReverse r = new EntryReverse(entryId, reason == null ? null : reason.strip());
        Instant at = clock.instant();
        Validation.require(r, at);
        UUID reversalId = ids.next();
        UUID opId = ids.next();
        return store.write(c -> {
            LedgerEntry target = Ledger.find(c, entryId)
                    .orElseThrow(() -> Invalid.of(ReasonCode.UNKNOWN_ENTRY, "entryId"));
            if (target.kind() == EntryKind.REVERSAL) {
                throw Invalid.of(ReasonCode.CANNOT_REVERSE_REVERSAL, "entryId");
            }
            if (target.kind().betweenMembers()) {
                throw Invalid.of(ReasonCode.MOVE_NOT_REVERSIBLE, "entryId");
            }
            if (target.reversed()) {
                throw Invalid.of(ReasonCode.ALREADY_REVERSED, "entryId");
            }
            if (levyFundCredit(target)) {
                throw Invalid.of(ReasonCode.LEVY_TOTAL_NOT_REVERSIBLE, "entryId");
            }
            LedgerEntry reversal = new LedgerEntry(reversalId, target.memberId(), target.account(), EntryKind.REVERSAL,
                    -target.amount(), -target.grams(), at, target.id(), r.reason(), SyncState.PENDING, false);
            Ledger.insert(c, reversal, null);
            insertLevyFundSide(c, target, reversalId, r.reason(), SyncState.PENDING);
            Outbox.add(c, opId, reversalId, r, at);
            return reversal;
        });
    }

    /** True for the fund's credit of a levy run, which is reversed only member by member. */
    public static boolean levyFundCredit(LedgerEntry e) {
        return e.kind() == EntryKind.WELFARE_LEVY && e.account() == Account.WELFARE_FUND;
    }

    /**
     * When {@code target} is a member's levy debit, adds the fund-side entry of its reversal
     * {@code reversalId} ({@link WelfarePostings#levyReversalFundSide}, dated like the levy, as on the
     * server) unless it is there already; nothing for any other entry.
     */
    public static void insertLevyFundSide(Connection c, LedgerEntry target, UUID reversalId, String reason,
                                          SyncState state) throws SQLException {
        if (target.kind() != EntryKind.WELFARE_LEVY || target.account() != Account.MEMBER_SAVINGS) {
            return;
        }
        Posting p = WelfarePostings.levyReversalFundSide(reversalId, target.amount());
        Ledger.insert(c, new LedgerEntry(p.id(), p.memberId(), p.account(), p.kind(), p.amount(), 0,
                target.occurredAt(), null, reason, state, false), null);
    }
}
