package th.wastebank.client.welfare;

import java.sql.SQLException;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.sync.OpType;
import th.wastebank.welfare.ClaimFile;

/** A welfare claim filed on some phone. */
public final class ClaimFileHandler extends OpHandler {
    public ClaimFileHandler() {
        super(OpType.WELFARE_CLAIM_FILE, "welfare_claim");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        ClaimFile k = ClaimFile.read(p.payload());
        if (k != null && !ClaimService.insert(p.connection(), p.entityId(), k, SyncState.PULLED)) {
            p.markSent("welfare_claim");
        }
    }
}
