package th.wastebank.server.ledger;

import java.sql.SQLException;
import java.util.Map;

import jakarta.inject.Singleton;

import th.wastebank.ledger.Account;
import th.wastebank.ledger.EntryKind;
import th.wastebank.server.committee.Approvers;
import th.wastebank.server.member.MemberBatch;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.rollup.MonthlyRollups;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;
import th.wastebank.withdrawal.WithdrawalRecord;

/**
 * {@code withdrawal.record}: debits a member's savings. Cash that was paid is recorded even when
 * two phones paid the same member offline and the balance goes below zero; a NEGATIVE_BALANCE flag
 * then asks the committee to settle it. Its receipt number is stored as a deposit's is
 * ({@link LedgerBatch#appendNumbered}). Approved by roster ids that break the roster rule, it is
 * recorded all the same and flagged ({@link Approvers}).
 */
@Singleton
public class WithdrawalApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.WITHDRAWAL_RECORD;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        WithdrawalRecord w = (WithdrawalRecord) op.payload();
        MemberBatch.of(batch).want(w.memberId());
        LedgerBatch ledger = LedgerBatch.of(batch);
        ledger.wantEntryId(op.entityId());
        ledger.wantBalance(w.memberId());
        ledger.wantReceiptNo(w.receiptNo());
        Approvers.want(batch, w.approverIds());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) throws SQLException {
        WithdrawalRecord w = (WithdrawalRecord) op.payload();
        if (!MemberBatch.of(batch).inOrg(w.memberId(), batch.orgId())) {
            return Outcome.rejected(ReasonCode.UNKNOWN_MEMBER, "payload.memberId");
        }
        LedgerBatch ledger = LedgerBatch.of(batch);
        if (ledger.find(op.entityId()) != null) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        long seq = batch.applied(op, w.toJson());
        ledger.appendNumbered(batch, new LedgerBatch.Entry(op.entityId(), batch.orgId(), Account.MEMBER_SAVINGS,
                w.memberId(), EntryKind.WITHDRAWAL, -w.amount(), 0, w.paidAt(), seq), null, w.receiptNo());
        long balance = ledger.balance(batch, w.memberId());
        MonthlyRollups.of(batch).withdrawal(w.paidAt(), w.amount(), 1);
        Approvers.check(batch, op, w.approverIds(), w.paidAt(), op.entityId(), seq);
        if (balance < 0) {
            ReviewFlags.of(batch).raise(batch, ReviewFlags.NEGATIVE_BALANCE, w.memberId(), seq,
                    Map.of("balance", balance, "entryId", op.entityId().toString()));
        }
        return Outcome.applied();
    }
}
