package th.wastebank.server.sale;

import jakarta.inject.Singleton;

import th.wastebank.sale.BuyerUpsert;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;

/** {@code buyer.upsert}: adds a buyer of the org, or replaces its details (the later op in server order wins). */
@Singleton
public class BuyerApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.BUYER_UPSERT;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        SaleBatch.of(batch).wantBuyer(op.entityId());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) {
        SaleBatch sales = SaleBatch.of(batch);
        Long org = sales.buyerOrg(op.entityId());
        if (org != null && org != batch.orgId()) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        BuyerUpsert b = (BuyerUpsert) op.payload();
        long seq = batch.applied(op, b.toJson());
        sales.upsertBuyer(batch.orgId(), op.entityId(), b, seq, org != null);
        return Outcome.applied();
    }
}
