package th.wastebank.server.price;

import jakarta.inject.Singleton;

import th.wastebank.price.PriceSet;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;

/**
 * {@code price.set}: adds a dated row to the bank's price board. Rows are never edited; a new
 * price is a new row, and a bank's own material code becomes usable in deposits from then on.
 */
@Singleton
public class PriceSetApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.PRICE_SET;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        PriceBatch prices = PriceBatch.of(batch);
        prices.wantId(op.entityId());
        prices.wantCustomCodes();
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) {
        PriceBatch prices = PriceBatch.of(batch);
        if (prices.taken(op.entityId())) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        PriceSet price = (PriceSet) op.payload();
        long seq = batch.applied(op, price.toJson());
        prices.add(batch, op.entityId(), price, seq);
        return Outcome.applied();
    }
}
