package th.wastebank.client.village;

import java.sql.SQLException;

import th.wastebank.client.op.Pulled;
import th.wastebank.client.op.VersionedHandler;
import th.wastebank.client.store.SyncState;
import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpType;
import th.wastebank.village.VillageUpsert;

/** A village of the อปท.'s list as the server keeps it. */
public final class VillageUpsertHandler extends VersionedHandler<VillageUpsert> {
    public VillageUpsertHandler() {
        super(OpType.VILLAGE_UPSERT, "village");
    }

    @Override
    protected VillageUpsert read(PayloadReader payload) {
        return VillageUpsert.read(payload);
    }

    @Override
    protected void save(Pulled p, VillageUpsert v, SyncState state) throws SQLException {
        VillageService.save(p.connection(), p.entityId(), v, state, p.serverTime().toEpochMilli());
    }
}
