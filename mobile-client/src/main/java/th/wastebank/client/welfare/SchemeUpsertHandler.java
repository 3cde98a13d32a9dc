package th.wastebank.client.welfare;

import java.sql.SQLException;

import th.wastebank.client.op.Pulled;
import th.wastebank.client.op.VersionedHandler;
import th.wastebank.client.store.SyncState;
import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpType;
import th.wastebank.welfare.SchemeUpsert;

/** A welfare scheme's version, dated by the server's time. */
public final class SchemeUpsertHandler extends VersionedHandler<SchemeUpsert> {
    public SchemeUpsertHandler() {
        super(OpType.WELFARE_SCHEME_UPSERT, "welfare_scheme");
    }

    @Override
    protected SchemeUpsert read(PayloadReader payload) {
        return SchemeUpsert.read(payload);
    }

    @Override
    protected void save(Pulled p, SchemeUpsert s, SyncState state) throws SQLException {
        SchemeService.save(p.connection(), p.entityId(), s, state, p.serverTime().toEpochMilli());
    }
}
