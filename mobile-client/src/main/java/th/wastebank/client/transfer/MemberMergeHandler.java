package th.wastebank.client.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.member.MemberService;
import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.OpRows;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.sync.OpType;
import th.wastebank.transfer.MemberMerge;
import th.wastebank.transfer.TransferPostings;

/**
 * A merge of a duplicate member: its two entries and the duplicate marked merged. The entries
 * pulled from the server carry the balance the SERVER moved, which may differ from the one this
 * phone moved when it made the merge (another phone's deposit for the duplicate arrived first): the
 * server's entries replace this phone's, so every phone ends with the server's balances.
 */
public final class MemberMergeHandler extends OpHandler {
    public MemberMergeHandler() {
        super(OpType.MEMBER_MERGE, "entry");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        MemberMerge m = MemberMerge.read(p.payload());
        if (m == null || m.amount() == null) {
            return;
        }
        Connection c = p.connection();
        UUID creditId = TransferPostings.creditId(p.entityId());
        boolean ours = Ledger.find(c, p.entityId()).isPresent();
        OpRows.delete(c, "DELETE FROM entry WHERE id = ?", p.entityId());
        OpRows.delete(c, "DELETE FROM entry WHERE id = ?", creditId);
        Ledger.insertBetween(c, MoveService.entries(TransferPostings.merge(p.entityId(), m, m.amount()), m.mergedAt(),
                String.join(", ", m.approvedBy()), ours ? SyncState.SENT : SyncState.PULLED));
        if (MemberService.mergedInto(c, m.fromMemberId()) == null) {
            MemberService.markMerged(c, m.fromMemberId(), m.intoMemberId(), m.mergedOn());
        }
    }

    @Override
    public void mark(Connection c, UUID entityId, SyncState state) throws SQLException {
        SavingsTransferHandler.markBoth(c, entityId, state);
    }

    /** A merge the server refused: its entries go and the duplicate is a member again on this phone. */
    @Override
    public void forget(Connection c, UUID entityId) throws SQLException {
        Optional<LedgerEntry> debit = Ledger.find(c, entityId);
        if (debit.isPresent() && debit.get().syncState() != SyncState.SENT
                && debit.get().syncState() != SyncState.PULLED) {
            MemberService.markMerged(c, debit.get().memberId(), null, null);
        }
        SavingsTransferHandler.forgetBoth(c, entityId);
    }
}
