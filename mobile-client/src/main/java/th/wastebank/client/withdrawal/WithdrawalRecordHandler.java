package th.wastebank.client.withdrawal;

import java.sql.SQLException;

import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.ledger.ReceiptNumbers;
import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.sync.OpType;
import th.wastebank.withdrawal.WithdrawalRecord;

/** A withdrawal: its ledger entry (who approved it in the note) and its receipt number. */
public final class WithdrawalRecordHandler extends OpHandler {
    public WithdrawalRecordHandler() {
        super(OpType.WITHDRAWAL_RECORD, "entry");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        WithdrawalRecord w = WithdrawalRecord.read(p.payload());
        if (w == null) {
            return;
        }
        if (!p.ledger().insert(new LedgerEntry(p.entityId(), w.memberId(), Account.MEMBER_SAVINGS,
                EntryKind.WITHDRAWAL, -w.amount(), 0, w.paidAt(), null, String.join(", ", w.approvedBy()),
                SyncState.PULLED, false), null)) {
            p.markSent("entry");
        }
        ReceiptNumbers.remember(p.connection(), p.entityId(), w.receiptNo());
    }
}
