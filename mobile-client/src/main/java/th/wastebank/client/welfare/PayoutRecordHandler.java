package th.wastebank.client.welfare;

import java.sql.SQLException;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.sync.OpType;
import th.wastebank.welfare.PayoutRecord;

/** A payout of a claim: its row and the fund's entry. */
public final class PayoutRecordHandler extends OpHandler {
    public PayoutRecordHandler() {
        super(OpType.WELFARE_PAYOUT_RECORD, "welfare_payout", "entry");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        PayoutRecord r = PayoutRecord.read(p.payload());
        if (r != null && !FundService.insertPayout(p.connection(), p.ledger(), p.entityId(), r, SyncState.PULLED)) {
            p.markSent("welfare_payout");
            p.markSent("entry");
        }
    }
}
