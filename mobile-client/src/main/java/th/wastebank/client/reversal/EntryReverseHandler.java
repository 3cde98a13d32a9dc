package th.wastebank.client.reversal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.OpRows;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.ledger.EntryKind;
import th.wastebank.ledger.EntryReverse;
import th.wastebank.sync.OpType;
import th.wastebank.welfare.WelfarePostings;

/**
 * A reversal: the entry that cancels its target, and, when the target is a member's levy, the
 * fund-side entry that goes with it (under the same id on every phone).
 */
public final class EntryReverseHandler extends OpHandler {
    public EntryReverseHandler() {
        super(OpType.ENTRY_REVERSE, "entry");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        EntryReverse rev = EntryReverse.read(p.payload());
        Optional<LedgerEntry> target = rev == null ? Optional.empty() : Ledger.find(p.connection(), rev.entryId());
        if (target.isEmpty()) {
            return;
        }
        LedgerEntry t = target.get();
        boolean inserted = p.ledger().insert(new LedgerEntry(p.entityId(), t.memberId(), t.account(),
                EntryKind.REVERSAL, -t.amount(), -t.grams(), p.recordedAt(), t.id(), rev.reason(), SyncState.PULLED,
                false), null);
        ReversalService.insertLevyFundSide(p.connection(), t, p.entityId(), rev.reason(), SyncState.PULLED);
        if (!inserted) {
            p.markSent("entry");
            p.markSentWith("UPDATE entry SET sync_state = 'SENT' WHERE id = ? AND sync_state <> 'PULLED'",
                    levyFundSide(p.entityId()));
        }
    }

    @Override
    public void mark(Connection c, UUID entityId, SyncState state) throws SQLException {
        super.mark(c, entityId, state);
        OpRows.update(c, "UPDATE entry SET sync_state = ? WHERE id = ?", state, levyFundSide(entityId));
    }

    @Override
    public void forget(Connection c, UUID entityId) throws SQLException {
        OpRows.delete(c, "DELETE FROM deposit_line WHERE entry_id = ?", entityId);
        OpRows.delete(c, "DELETE FROM entry WHERE id = ? AND sync_state NOT IN ('SENT', 'PULLED')",
                levyFundSide(entityId));
        OpRows.forgetRows(c, tables(), entityId);
    }

    /** The id of the fund-side entry that accompanies reversal {@code reversalId} when it reverses a member's levy. */
    private static UUID levyFundSide(UUID reversalId) {
        return WelfarePostings.levyReversalFundSide(reversalId, 0).id();
    }
}
