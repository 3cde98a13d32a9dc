package th.wastebank.client.member;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import th.wastebank.client.op.OpHandler;
import th.wastebank.client.op.Pulled;
import th.wastebank.member.MemberUpsert;
import th.wastebank.sync.OpType;

/** A member's version: a pulled one is kept unless this phone has an edit of the member still to send. */
public final class MemberUpsertHandler implements OpHandler {
    @Override
    public OpType type() {
        return OpType.MEMBER_UPSERT;
    }

    @Override
    public List<String> tables() {
        return List.of("member");
    }

    @Override
    public void applyPulled(Pulled p) throws SQLException {
        MemberUpsert m = MemberUpsert.read(p.payload());
        if (m != null && !p.hasPendingOp()) {
            MemberService.save(p.connection(), p.entityId(), m, p.keptOrPulled("member"));
        }
    }

    /** Kept: members are versioned, and an earlier version may be on the server. */
    @Override
    public void forget(Connection c, UUID entityId) {
    }
}
