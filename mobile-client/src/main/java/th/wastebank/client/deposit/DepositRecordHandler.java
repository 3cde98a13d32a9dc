package th.wastebank.client.deposit;

import java.sql.SQLException;

import th.wastebank.client.ledger.LedgerEntry;
import th.wastebank.client.ledger.ReceiptNumbers;
import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.sync.OpType;

/** A deposit: its ledger entry with its lines, and its receipt number. */
public final class DepositRecordHandler extends OpHandler {
    public DepositRecordHandler() {
        super(OpType.DEPOSIT_RECORD, "entry");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        DepositRecord d = DepositRecord.read(p.payload());
        if (d == null) {
            return;
        }
        if (!p.ledger().insert(new LedgerEntry(p.entityId(), d.memberId(), Account.MEMBER_SAVINGS, EntryKind.DEPOSIT,
                d.total(), d.totalGrams(), d.depositedAt(), null, null, SyncState.PULLED, false), d.lines())) {
            p.markSent("entry");
        }
        ReceiptNumbers.remember(p.connection(), p.entityId(), d.receiptNo());
    }
}
