package th.wastebank.server.sale;

import jakarta.inject.Singleton;

import th.wastebank.material.MaterialCatalogue;
import th.wastebank.sale.StockAdjust;
import th.wastebank.server.price.PriceBatch;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;

/** {@code stock.adjust}: weight lost to drying, dirt or damage, re-sorted, or found by a count. */
@Singleton
public class StockAdjustApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.STOCK_ADJUST;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        StockAdjust a = (StockAdjust) op.payload();
        SaleBatch.of(batch).wantNewId(op.entityId());
        if (!MaterialCatalogue.isStandard(a.materialCode())
                || a.targetMaterial() != null && !MaterialCatalogue.isStandard(a.targetMaterial())) {
            PriceBatch.of(batch).wantCustomCodes();
        }
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) {
        StockAdjust a = (StockAdjust) op.payload();
        SaleBatch sales = SaleBatch.of(batch);
        if (sales.taken(op.entityId())) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        PriceBatch prices = PriceBatch.of(batch);
        if (!prices.knownMaterial(a.materialCode())) {
            return Outcome.rejected(ReasonCode.UNKNOWN_MATERIAL, "payload.materialCode");
        }
        if (a.targetMaterial() != null && !prices.knownMaterial(a.targetMaterial())) {
            return Outcome.rejected(ReasonCode.UNKNOWN_MATERIAL, "payload.targetMaterial");
        }
        long seq = batch.applied(op, a.toJson());
        sales.adjustment(batch.orgId(), op.entityId(), a, seq);
        return Outcome.applied();
    }
}
