package th.wastebank.client.welfare;

import java.sql.SQLException;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.sync.OpType;
import th.wastebank.welfare.FundContribution;

/** A contribution to the welfare fund: its row and the fund's entry. */
public final class FundContributeHandler extends OpHandler {
    public FundContributeHandler() {
        super(OpType.WELFARE_FUND_CONTRIBUTE, "welfare_contribution", "entry");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        FundContribution f = FundContribution.read(p.payload());
        if (f != null && !FundService.insertContribution(p.connection(), p.ledger(), p.entityId(), f,
                SyncState.PULLED)) {
            p.markSent("welfare_contribution");
            p.markSent("entry");
        }
    }
}
