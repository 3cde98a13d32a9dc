package th.wastebank.server.village;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;
import th.wastebank.village.VillageUpsert;

/**
 * {@code village.upsert}: adds a village to the อปท.'s list or edits one. An edit made from an older
 * version still wins in server order (stored one version above the one it replaces, so every phone
 * converges on it); the replaced state stays in the op log. A village that takes a หมู่ที่ number
 * another village of the org already has is kept (a phone added it offline) and flagged
 * VILLAGE_NUMBER_TWICE: the two count as one village (ADR 0018) until the committee retires one.
 */
@Singleton
public class VillageApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.VILLAGE_UPSERT;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        VillageBatch.of(batch).want(op.entityId());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) {
        VillageBatch villages = VillageBatch.of(batch);
        VillageUpsert edit = (VillageUpsert) op.payload();
        VillageBatch.Stored current = villages.find(op.entityId());
        if (current == null) {
            long seq = batch.applied(op, edit.toJson());
            villages.insert(batch.orgId(), op.entityId(), edit, seq);
            flagNumberTwice(batch, villages, op, edit, seq);
            return Outcome.applied();
        }
        if (current.orgId() != batch.orgId()) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        VillageUpsert stored = edit.version() <= current.state().version()
                ? edit.withVersion(current.state().version() + 1) : edit;
        long seq = batch.applied(op, stored.toJson());
        villages.update(op.entityId(), stored, seq);
        if (stored.number() != current.state().number()) {
            flagNumberTwice(batch, villages, op, stored, seq);
        }
        return Outcome.applied();
    }

    private static void flagNumberTwice(Batch batch, VillageBatch villages, IncomingOp op, VillageUpsert v, long seq) {
        List<VillageBatch.Stored> same = villages.sameNumber(batch.orgId(), v.number(), op.entityId());
        if (same.isEmpty()) {
            return;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("number", (long) v.number());
        detail.put("label", v.label());
        detail.put("sameNumberAs", same.stream().map(s -> s.state().label()).toList());
        detail.put("villageIds", same.stream().map(s -> s.id().toString()).toList());
        ReviewFlags.of(batch).raise(batch, ReviewFlags.VILLAGE_NUMBER_TWICE, op.entityId(), seq, detail);
    }
}
