package th.wastebank.server.committee;

import jakarta.inject.Singleton;

import th.wastebank.committee.CommitteeUpsert;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;

/**
 * {@code committee.upsert}: puts a person on the bank's committee roster or edits their seat. An
 * edit made from an older version still wins in server order (it is stored one version above the
 * one it replaces, so every phone converges on it); the replaced state stays in the op log.
 */
@Singleton
public class CommitteeApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.COMMITTEE_UPSERT;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        CommitteeBatch.of(batch).want(op.entityId());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) {
        CommitteeBatch committee = CommitteeBatch.of(batch);
        CommitteeUpsert edit = (CommitteeUpsert) op.payload();
        CommitteeBatch.Seat current = committee.find(op.entityId());
        if (current == null) {
            long seq = batch.applied(op, edit.toJson());
            committee.insert(batch.orgId(), op.entityId(), edit, seq);
            return Outcome.applied();
        }
        if (current.orgId() != batch.orgId()) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        CommitteeUpsert stored = edit.version() <= current.state().version()
                ? edit.withVersion(current.state().version() + 1) : edit;
        long seq = batch.applied(op, stored.toJson());
        committee.update(batch.orgId(), op.entityId(), stored, seq);
        return Outcome.applied();
    }
}
