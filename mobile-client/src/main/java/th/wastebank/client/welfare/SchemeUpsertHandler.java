package th.wastebank.client.welfare;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.sync.OpType;
import th.wastebank.welfare.SchemeUpsert;

/** A welfare scheme's version: a pulled one is kept unless this phone has an edit of it still to send. */
public final class SchemeUpsertHandler implements OpHandler {
    @Override
    public OpType type() {
        return OpType.WELFARE_SCHEME_UPSERT;
    }

    @Override
    public List<String> tables() {
        return List.of("welfare_scheme");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        SchemeUpsert s = SchemeUpsert.read(p.payload());
        if (s != null && !p.hasPendingOp()) {
            SchemeService.save(p.connection(), p.entityId(), s, p.keptOrPulled("welfare_scheme"),
                    p.serverTime().toEpochMilli());
        }
    }

    /** Kept: schemes are versioned, and an earlier version may be on the server. */
    @Override
    public void forget(Connection c, UUID entityId) {
    }
}
