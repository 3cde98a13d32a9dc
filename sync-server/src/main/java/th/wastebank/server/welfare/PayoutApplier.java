package th.wastebank.server.welfare;

import java.sql.SQLException;
import java.util.Map;

import jakarta.inject.Singleton;

import th.wastebank.ledger.Posting;
import th.wastebank.server.committee.Approvers;
import th.wastebank.server.ledger.LedgerBatch;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.PayoutRecord;
import th.wastebank.welfare.WelfarePostings;

/**
 * {@code welfare.payout.record}: money handed to a claimant out of the welfare fund. It is recorded
 * even when it takes the fund below zero (WELFARE_FUND_NEGATIVE), when the claim was already paid
 * (WELFARE_DOUBLE_PAYOUT, two phones offline) or when it exceeds the scheme's rule
 * (WELFARE_PAYOUT_ABOVE_RULE): the committee settles it; the server never drops cash that moved.
 */
@Singleton
public class PayoutApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.WELFARE_PAYOUT_RECORD;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        WelfareBatch.of(batch).wantClaim(((PayoutRecord) op.payload()).claimId());
        LedgerBatch ledger = LedgerBatch.of(batch);
        ledger.wantEntryId(op.entityId());
        ledger.wantFundBalance();
        Approvers.want(batch, ((PayoutRecord) op.payload()).approverIds());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) throws SQLException {
        PayoutRecord p = (PayoutRecord) op.payload();
        WelfareBatch welfare = WelfareBatch.of(batch);
        WelfareBatch.Claim claim = welfare.claim(p.claimId());
        if (claim == null || claim.orgId() != batch.orgId()) {
            return Outcome.rejected(ReasonCode.UNKNOWN_CLAIM, "payload.claimId");
        }
        LedgerBatch ledger = LedgerBatch.of(batch);
        if (ledger.find(op.entityId()) != null) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        WelfareBatch.Scheme scheme = welfare.scheme(claim.schemeId());
        long seq = batch.applied(op, p.toJson());
        Posting posting = WelfarePostings.payout(op.entityId(), claim.memberId(), p.amount());
        ledger.append(new LedgerBatch.Entry(posting.id(), batch.orgId(), posting.account(), posting.memberId(),
                posting.kind(), posting.amount(), 0, p.paidAt(), seq), null, null);
        welfare.insertPayout(batch.orgId(), op.entityId(), p.claimId(), p.amount(), p.paidAt(), seq);
        welfare.claimPaid(p.claimId(), p.amount(), 1);
        welfare.count(p.paidAt(), scheme.state().kind(), 0, 1, p.amount(), 0, 0);

        Approvers.check(batch, op, p.approverIds(), p.paidAt(), p.claimId(), seq);
        ReviewFlags flags = ReviewFlags.of(batch);
        long fund = ledger.fundBalance(batch);
        if (fund < 0) {
            flags.raise(batch, ReviewFlags.WELFARE_FUND_NEGATIVE, p.claimId(), seq, Map.of("fundBalance", fund,
                    "entryId", op.entityId().toString()));
        }
        if (claim.payoutCount() > 0) {
            flags.raise(batch, ReviewFlags.WELFARE_DOUBLE_PAYOUT, p.claimId(), seq, Map.of(
                    "paidBefore", claim.paidSatang(), "entryId", op.entityId().toString()));
        }
        long rule = scheme.state().payoutFor(claim.days());
        if (claim.paidSatang() + p.amount() > rule) {
            flags.raise(batch, ReviewFlags.WELFARE_PAYOUT_ABOVE_RULE, p.claimId(), seq, Map.of(
                    "paid", claim.paidSatang() + p.amount(), "schemeAllows", rule, "entryId", op.entityId().toString()));
        }
        return Outcome.applied();
    }
}
