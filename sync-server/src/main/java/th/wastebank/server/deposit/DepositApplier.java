package th.wastebank.server.deposit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import th.wastebank.deposit.DepositLine;
import th.wastebank.deposit.DepositRecord;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.material.MaterialCatalogue;
import th.wastebank.server.ledger.LedgerBatch;
import th.wastebank.server.member.MemberBatch;
import th.wastebank.server.price.PriceBatch;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.rollup.MonthlyRollups;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;

/**
 * {@code deposit.record}: credits a member's savings with the deposit's total. The amounts were
 * recomputed from grams × price when the op was read; here the member and the materials must
 * belong to the org, and the entry id must be new. A line priced more than
 * {@value PriceBatch#OFF_BOARD_PERCENT} % away from the bank's price board that day is still
 * applied (the cash was paid) and flagged PRICE_OFF_BOARD for review. The receipt number is stored
 * with the entry, unless another entry of the bank has it ({@link LedgerBatch#appendNumbered}).
 */
@Singleton
public class DepositApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.DEPOSIT_RECORD;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        DepositRecord d = (DepositRecord) op.payload();
        MemberBatch.of(batch).want(d.memberId());
        LedgerBatch.of(batch).wantEntryId(op.entityId());
        LedgerBatch.of(batch).wantReceiptNo(d.receiptNo());
        PriceBatch prices = PriceBatch.of(batch);
        if (d.lines().stream().anyMatch(l -> !MaterialCatalogue.isStandard(l.materialCode()))) {
            prices.wantCustomCodes();
        }
        LocalDate day = LocalDate.ofInstant(d.depositedAt(), Dates.THAI);
        d.lines().forEach(l -> prices.wantBoard(l.materialCode(), day));
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) {
        DepositRecord d = (DepositRecord) op.payload();
        if (!MemberBatch.of(batch).inOrg(d.memberId(), batch.orgId())) {
            return Outcome.rejected(ReasonCode.UNKNOWN_MEMBER, "payload.memberId");
        }
        LedgerBatch ledger = LedgerBatch.of(batch);
        if (ledger.find(op.entityId()) != null) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        List<DepositLine> lines = d.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!PriceBatch.of(batch).knownMaterial(lines.get(i).materialCode())) {
                return Outcome.rejected(ReasonCode.UNKNOWN_MATERIAL, "payload.lines[" + i + "].materialCode");
            }
        }
        long seq = batch.applied(op, d.toJson());
        ledger.appendNumbered(batch, new LedgerBatch.Entry(op.entityId(), batch.orgId(), Account.MEMBER_SAVINGS,
                d.memberId(), EntryKind.DEPOSIT, d.total(), d.totalGrams(), d.depositedAt(), seq), lines, d.receiptNo());
        MonthlyRollups rollups = MonthlyRollups.of(batch);
        rollups.deposit(d.depositedAt(), d.totalGrams(), d.total(), 1);
        for (DepositLine line : lines) {
            rollups.material(d.depositedAt(), line.materialCode(), line.grams(), line.amount(), 1);
        }
        flagOffBoard(op, batch, d, seq);
        return Outcome.applied();
    }

    private static void flagOffBoard(IncomingOp op, Batch batch, DepositRecord d, long seq) {
        PriceBatch prices = PriceBatch.of(batch);
        LocalDate day = LocalDate.ofInstant(d.depositedAt(), Dates.THAI);
        List<Map<String, Object>> off = new ArrayList<>();
        for (int i = 0; i < d.lines().size(); i++) {
            DepositLine line = d.lines().get(i);
            Long board = prices.boardPrice(line.materialCode(), day);
            if (board != null && PriceBatch.offBoard(line.pricePerKg(), board)) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("line", i);
                detail.put("materialCode", line.materialCode());
                detail.put("pricePerKg", line.pricePerKg());
                detail.put("boardPricePerKg", board);
                off.add(detail);
            }
        }
        if (!off.isEmpty()) {
            ReviewFlags.of(batch).raise(batch, ReviewFlags.PRICE_OFF_BOARD, op.entityId(), seq,
                    Map.of("entryId", op.entityId().toString(), "memberId", d.memberId().toString(),
                            "day", day.toString(), "lines", off));
        }
    }
}
