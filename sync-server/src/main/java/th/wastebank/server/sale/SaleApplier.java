package th.wastebank.server.sale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import th.wastebank.material.MaterialCatalogue;
import th.wastebank.sale.SaleLine;
import th.wastebank.sale.SaleRecord;
import th.wastebank.server.price.PriceBatch;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;

/**
 * {@code sale.record}: records sorted waste sold to one of the org's buyers. A buyer the server does
 * not know for this org is refused (UNKNOWN_BUYER): no cash left the bank, the phone keeps the op
 * with the Thai reason, and it goes through once the buyer is sent. A material must be on the bank's
 * board as for a deposit. A sale of more grams than the stock the server knows is still recorded
 * (the waste left with the buyer) and flagged SALE_OVERSOLD for the committee to check (a missing
 * deposit, a weighing slip, or two phones selling the same stock).
 */
@Singleton
public class SaleApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.SALE_RECORD;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        SaleRecord s = (SaleRecord) op.payload();
        SaleBatch sales = SaleBatch.of(batch);
        sales.wantBuyer(s.buyerId());
        sales.wantNewId(op.entityId());
        for (SaleLine l : s.lines()) {
            sales.wantStock(l.materialCode());
            if (!MaterialCatalogue.isStandard(l.materialCode())) {
                PriceBatch.of(batch).wantCustomCodes();
            }
        }
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) {
        SaleRecord s = (SaleRecord) op.payload();
        SaleBatch sales = SaleBatch.of(batch);
        Long buyerOrg = sales.buyerOrg(s.buyerId());
        if (buyerOrg == null || buyerOrg != batch.orgId()) {
            return Outcome.rejected(ReasonCode.UNKNOWN_BUYER, "payload.buyerId");
        }
        if (sales.taken(op.entityId())) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        for (int i = 0; i < s.lines().size(); i++) {
            if (!PriceBatch.of(batch).knownMaterial(s.lines().get(i).materialCode())) {
                return Outcome.rejected(ReasonCode.UNKNOWN_MATERIAL, "payload.lines[" + i + "].materialCode");
            }
        }
        Map<String, Long> sold = new LinkedHashMap<>();
        s.lines().forEach(l -> sold.merge(l.materialCode(), l.grams(), Long::sum));
        Map<String, Long> before = new HashMap<>();
        sold.keySet().forEach(code -> before.put(code, sales.stock(batch, code)));
        long seq = batch.applied(op, s.toJson());
        sales.sale(batch.orgId(), op.entityId(), s, seq);
        List<Map<String, Object>> over = new ArrayList<>();
        sold.forEach((code, grams) -> {
            if (grams > before.get(code)) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("materialCode", code);
                line.put("grams", grams);
                line.put("stockGrams", before.get(code));
                over.add(line);
            }
        });
        if (!over.isEmpty()) {
            ReviewFlags.of(batch).raise(batch, ReviewFlags.SALE_OVERSOLD, op.entityId(), seq, Map.of(
                    "saleId", op.entityId().toString(), "buyerId", s.buyerId().toString(), "day", s.day().toString(),
                    "materials", over, "soldBy",
                    s.soldBy() == null ? "" : s.soldBy()));
        }
        return Outcome.applied();
    }
}
