package th.wastebank.server.ledger;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import th.wastebank.ledger.Posting;
import th.wastebank.server.committee.Approvers;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.transfer.SavingsTransfer;
import th.wastebank.transfer.TransferPostings;
import th.wastebank.validation.ReasonCode;

/**
 * {@code savings.transfer} (ADR 0019): one member's savings to another's, as one entry of two
 * postings ({@link TransferPostings}); the welfare fund is untouched. Both members must be the
 * org's. A transfer above the giver's balance as the server knows it is applied and flagged
 * NEGATIVE_BALANCE, as a withdrawal is: the phone that made it showed the heir the money at once,
 * and the heir may already have been paid from it. Approved by roster ids that break the roster
 * rule, it is recorded and flagged ({@link Approvers}). Money moved to or from a member already
 * merged is applied and flagged MERGED_MEMBER_ACTIVITY ({@link LedgerBatch#appendBetween}).
 */
@Singleton
public class SavingsTransferApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.SAVINGS_TRANSFER;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        SavingsTransfer t = (SavingsTransfer) op.payload();
        MemberMoves.collect(batch, op, t.fromMemberId(), t.toMemberId());
        Approvers.want(batch, t.approverIds());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) throws SQLException {
        SavingsTransfer t = (SavingsTransfer) op.payload();
        Outcome unknown = MemberMoves.unknownMember(batch, t.fromMemberId(), "fromMemberId", t.toMemberId(),
                "toMemberId");
        if (unknown != null) {
            return unknown;
        }
        List<Posting> postings = TransferPostings.transfer(op.entityId(), t);
        LedgerBatch ledger = LedgerBatch.of(batch);
        if (ledger.anyFound(postings)) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        long seq = batch.applied(op, t.toJson());
        ledger.appendBetween(batch, postings, t.transferredAt(), seq);
        Approvers.check(batch, op, t.approverIds(), t.transferredAt(), op.entityId(), seq);
        long balance = ledger.balance(batch, t.fromMemberId());
        if (balance < 0) {
            ReviewFlags.of(batch).raise(batch, ReviewFlags.NEGATIVE_BALANCE, t.fromMemberId(), seq,
                    Map.of("balance", balance, "entryId", op.entityId().toString()));
        }
        return Outcome.applied();
    }
}
