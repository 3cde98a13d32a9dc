package th.wastebank.server.ledger;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import th.wastebank.deposit.DepositLine;
import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.ledger.EntryReverse;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.rollup.MonthlyRollups;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;

/**
 * {@code entry.reverse}: corrects a mistaken entry with a new entry of the opposite amount that
 * names it. The original stays; it can be reversed once; a reversal is not itself reversed. What
 * reversing an entry means to the feature that wrote it (a welfare levy, a payout) is that
 * feature's {@link ReversalRule}.
 */
@Singleton
public class ReversalApplier implements OpApplier {
    private final List<ReversalRule> rules;

    public ReversalApplier(List<ReversalRule> rules) {
        this.rules = rules;
    }

    @Override
    public OpType type() {
        return OpType.ENTRY_REVERSE;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        LedgerBatch ledger = LedgerBatch.of(batch);
        ledger.wantEntryId(op.entityId());
        UUID target = ((EntryReverse) op.payload()).entryId();
        ledger.wantReversalTarget(target);
        for (ReversalRule rule : rules) {
            rule.collect(batch, target);
        }
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) throws SQLException {
        EntryReverse r = (EntryReverse) op.payload();
        LedgerBatch ledger = LedgerBatch.of(batch);
        LedgerBatch.Entry target = ledger.find(r.entryId());
        if (target == null || target.orgId() != batch.orgId()) {
            return Outcome.rejected(ReasonCode.UNKNOWN_ENTRY, "payload.entryId");
        }
        if (ledger.find(op.entityId()) != null) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        if (target.kind() == EntryKind.REVERSAL) {
            return Outcome.rejected(ReasonCode.CANNOT_REVERSE_REVERSAL, "payload.entryId");
        }
        if (target.kind().betweenMembers()) {
            return Outcome.rejected(ReasonCode.MOVE_NOT_REVERSIBLE, "payload.entryId");
        }
        if (ledger.isReversed(target.id())) {
            return Outcome.rejected(ReasonCode.ALREADY_REVERSED, "payload.entryId");
        }
        for (ReversalRule rule : rules) {
            ReasonCode refusal = rule.refusal(target);
            if (refusal != null) {
                return Outcome.rejected(refusal, "payload.entryId");
            }
        }
        long seq = batch.applied(op, r.toJson());
        ledger.append(new LedgerBatch.Entry(op.entityId(), batch.orgId(), target.account(),
                target.memberId(), EntryKind.REVERSAL, -target.amount(), -target.grams(), op.recordedAt(), seq),
                target.id(), null);
        MonthlyRollups rollups = MonthlyRollups.of(batch);
        if (target.kind() == EntryKind.DEPOSIT) {
            rollups.deposit(target.occurredAt(), target.grams(), target.amount(), -1);
            for (DepositLine line : ledger.linesOf(target.id())) {
                rollups.material(target.occurredAt(), line.materialCode(), line.grams(), line.amount(), -1);
            }
        } else if (target.kind() == EntryKind.WITHDRAWAL) {
            rollups.withdrawal(target.occurredAt(), -target.amount(), -1);
        }
        for (ReversalRule rule : rules) {
            rule.apply(batch, target, op.entityId(), seq);
        }
        long balance = target.account() == Account.MEMBER_SAVINGS && target.memberId() != null
                ? ledger.balance(batch, target.memberId()) : 0;
        if (balance < 0) {
            ReviewFlags.of(batch).raise(batch, ReviewFlags.NEGATIVE_BALANCE, target.memberId(), seq,
                    Map.of("balance", balance, "entryId", op.entityId().toString(), "reverses", target.id().toString()));
        }
        return Outcome.applied();
    }
}
