package th.wastebank.client.welfare;

import java.sql.SQLException;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.sync.OpType;
import th.wastebank.welfare.MarginRun;

/** A sale-margin run: its row with the levy runs and the fund's entry (under the run's id). */
public final class MarginRunHandler extends OpHandler {
    public MarginRunHandler() {
        super(OpType.WELFARE_MARGIN_RUN, "welfare_levy", "entry");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        MarginRun run = MarginRun.read(p.payload());
        if (run != null && !MarginRunService.insert(p.connection(), p.ledger(), p.entityId(), run, SyncState.PULLED)) {
            p.markSent("welfare_levy");
            p.markSent("entry");
        }
    }
}
