package th.wastebank.client.member;

import java.sql.SQLException;

import th.wastebank.client.op.Pulled;
import th.wastebank.client.op.VersionedHandler;
import th.wastebank.client.store.SyncState;
import th.wastebank.json.PayloadReader;
import th.wastebank.member.MemberUpsert;
import th.wastebank.sync.OpType;

/** A member's version. */
public final class MemberUpsertHandler extends VersionedHandler<MemberUpsert> {
    public MemberUpsertHandler() {
        super(OpType.MEMBER_UPSERT, "member");
    }

    @Override
    protected MemberUpsert read(PayloadReader payload) {
        return MemberUpsert.read(payload);
    }

    @Override
    protected void save(Pulled p, MemberUpsert m, SyncState state) throws SQLException {
        MemberService.save(p.connection(), p.entityId(), m, state);
    }
}
