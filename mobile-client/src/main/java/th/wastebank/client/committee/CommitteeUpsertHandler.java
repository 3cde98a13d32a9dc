package th.wastebank.client.committee;

import java.sql.SQLException;

import th.wastebank.client.op.Pulled;
import th.wastebank.client.op.VersionedHandler;
import th.wastebank.client.store.SyncState;
import th.wastebank.committee.CommitteeUpsert;
import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpType;

/** A roster member's seat as the server keeps it (PINs stay on each phone and never come with it). */
public final class CommitteeUpsertHandler extends VersionedHandler<CommitteeUpsert> {
    public CommitteeUpsertHandler() {
        super(OpType.COMMITTEE_UPSERT, "committee_member");
    }

    @Override
    protected CommitteeUpsert read(PayloadReader payload) {
        return CommitteeUpsert.read(payload);
    }

    @Override
    protected void save(Pulled p, CommitteeUpsert c, SyncState state) throws SQLException {
        CommitteeService.save(p.connection(), p.entityId(), c, state, p.serverTime().toEpochMilli());
    }
}
