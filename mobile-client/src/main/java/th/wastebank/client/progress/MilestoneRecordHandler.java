package th.wastebank.client.progress;

import java.sql.SQLException;
import java.time.Instant;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.client.store.SyncState;
import th.wastebank.progress.MilestoneRecord;
import th.wastebank.sync.OpType;

/** A step of the bank's progress, dated when it was recorded. */
public final class MilestoneRecordHandler extends OpHandler {
    public MilestoneRecordHandler() {
        super(OpType.MILESTONE_RECORD, "milestone");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        MilestoneRecord m = MilestoneRecord.read(p.payload());
        Instant at = p.recordedAt();
        if (m != null && !MilestoneService.save(p.connection(), p.entityId(), m, at, SyncState.PULLED)) {
            p.markSent("milestone");
        }
    }
}
