package th.wastebank.server.sale;

import jakarta.inject.Singleton;

import th.wastebank.sale.SaleVoid;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;

/**
 * {@code sale.void}: undoes a sale or a stock adjustment recorded by mistake (ADR 0020). The record
 * stays as it was; a {@code sale_void} row names it, and from then on the stock, the months' sales,
 * costs and margin, best-practice ๑.๔/๑.๕ and the statement leave it out. A record of another org or
 * none at all is refused (UNKNOWN_SALE), as is a second void of the same record
 * (SALE_ALREADY_VOIDED; the unique key on {@code voided_id} holds it whatever pushes race). A
 * SALE_OVERSOLD flag the sale raised stays: it was true when raised.
 */
@Singleton
public class SaleVoidApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.SALE_VOID;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        SaleVoid v = (SaleVoid) op.payload();
        SaleBatch sales = SaleBatch.of(batch);
        sales.wantNewId(op.entityId());
        sales.wantVoidTarget(v.saleId());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) {
        SaleVoid v = (SaleVoid) op.payload();
        SaleBatch sales = SaleBatch.of(batch);
        SaleBatch.VoidTarget target = sales.voidTarget(v.saleId());
        if (target == null || target.orgId() != batch.orgId()) {
            return Outcome.rejected(ReasonCode.UNKNOWN_SALE, "payload.saleId");
        }
        if (sales.voided(v.saleId())) {
            return Outcome.rejected(ReasonCode.SALE_ALREADY_VOIDED, "payload.saleId");
        }
        if (sales.taken(op.entityId())) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        long seq = batch.applied(op, v.toJson());
        sales.voidRecord(batch.orgId(), op.entityId(), v, target, seq);
        return Outcome.applied();
    }
}
