package th.wastebank.server.welfare;

import java.util.Map;

import jakarta.inject.Singleton;

import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.SchemeUpsert;

/**
 * {@code welfare.scheme.upsert}: sets up or edits a welfare scheme. Like members, an edit made
 * from an older version still wins in server order; the replaced state is kept and flagged.
 */
@Singleton
public class SchemeApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.WELFARE_SCHEME_UPSERT;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        WelfareBatch.of(batch).wantScheme(op.entityId());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) {
        WelfareBatch welfare = WelfareBatch.of(batch);
        SchemeUpsert edit = (SchemeUpsert) op.payload();
        WelfareBatch.Scheme current = welfare.scheme(op.entityId());
        if (current == null) {
            long seq = batch.applied(op, edit.toJson());
            welfare.insertScheme(batch.orgId(), op.entityId(), edit, seq);
            return Outcome.applied();
        }
        if (current.orgId() != batch.orgId()) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        boolean conflict = edit.version() <= current.state().version();
        SchemeUpsert stored = conflict ? edit.withVersion(current.state().version() + 1) : edit;
        long seq = batch.applied(op, stored.toJson());
        welfare.updateScheme(batch.orgId(), op.entityId(), current, stored, seq);
        if (conflict) {
            ReviewFlags.of(batch).raise(batch, ReviewFlags.WELFARE_SCHEME_CONFLICT, op.entityId(), seq, Map.of(
                    "overwritten", current.state().toJson(), "kept", stored.toJson()));
        }
        return Outcome.applied();
    }
}
