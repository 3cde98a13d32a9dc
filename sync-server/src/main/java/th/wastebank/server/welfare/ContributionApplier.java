package th.wastebank.server.welfare;

import jakarta.inject.Singleton;

import th.wastebank.ledger.Posting;
import th.wastebank.server.ledger.LedgerBatch;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.FundContribution;
import th.wastebank.welfare.WelfarePostings;

/** {@code welfare.fund.contribute}: money paid into the welfare fund from outside members' savings. */
@Singleton
public class ContributionApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.WELFARE_FUND_CONTRIBUTE;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        LedgerBatch.of(batch).wantEntryId(op.entityId());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) {
        FundContribution c = (FundContribution) op.payload();
        LedgerBatch ledger = LedgerBatch.of(batch);
        if (ledger.find(op.entityId()) != null) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        long seq = batch.applied(op, c.toJson());
        Posting p = WelfarePostings.contribution(op.entityId(), c.amount());
        ledger.append(new LedgerBatch.Entry(p.id(), batch.orgId(), p.account(), null, p.kind(), p.amount(), 0,
                c.receivedAt(), seq), null, null);
        WelfareBatch.of(batch).count(c.receivedAt(), WelfareBatch.FUND, 0, 0, 0, 0, c.amount());
        return Outcome.applied();
    }
}
