package th.wastebank.client.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.ledger.Ledger;
import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.OpRows;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.sync.OpType;
import th.wastebank.transfer.SavingsTransfer;
import th.wastebank.transfer.TransferPostings;

/** A transfer of savings to an heir: its two entries, the giver's under the op's id and the heir's beside it. */
public final class SavingsTransferHandler extends OpHandler {
    public SavingsTransferHandler() {
        super(OpType.SAVINGS_TRANSFER, "entry");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        SavingsTransfer t = SavingsTransfer.read(p.payload());
        if (t != null && !Ledger.insertBetween(p.connection(), MoveService.entries(
                TransferPostings.transfer(p.entityId(), t), t.transferredAt(), MoveService.note(t.approvedBy(), t.note()),
                SyncState.PULLED))) {
            markBothSent(p);
        }
    }

    @Override
    public void mark(Connection c, UUID entityId, SyncState state) throws SQLException {
        markBoth(c, entityId, state);
    }

    @Override
    public void forget(Connection c, UUID entityId) throws SQLException {
        forgetBoth(c, entityId);
    }

    static void markBothSent(Pulled p) throws SQLException {
        p.markSentWith("UPDATE entry SET sync_state = 'SENT' WHERE sync_state <> 'PULLED' AND id IN (?, ?)",
                p.entityId(), TransferPostings.creditId(p.entityId()));
    }

    static void markBoth(Connection c, UUID entityId, SyncState state) throws SQLException {
        OpRows.update(c, "UPDATE entry SET sync_state = ? WHERE id = ?", state, entityId);
        OpRows.update(c, "UPDATE entry SET sync_state = ? WHERE id = ?", state, TransferPostings.creditId(entityId));
    }

    static void forgetBoth(Connection c, UUID entityId) throws SQLException {
        OpRows.forgetRows(c, List.of("entry"), entityId);
        OpRows.forgetRows(c, List.of("entry"), TransferPostings.creditId(entityId));
    }
}
