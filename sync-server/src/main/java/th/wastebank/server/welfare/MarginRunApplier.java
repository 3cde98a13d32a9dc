package th.wastebank.server.welfare;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Singleton;

import th.wastebank.ledger.Posting;
import th.wastebank.server.committee.Approvers;
import th.wastebank.server.ledger.LedgerBatch;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sale.MarginChecks;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.Funding;
import th.wastebank.welfare.MarginRun;
import th.wastebank.welfare.WelfarePostings;

/**
 * {@code welfare.margin.run}: part of a month's sale margin moved into a scheme funded by
 * {@link Funding#SALE_MARGIN}, one fund credit like a contribution. Once per scheme and month: a
 * second run (the op again under another id, another phone's run) is refused and credits nothing. The
 * server values the month's margin again from the sales it holds ({@link MarginChecks}: with the sales of the same push); a run above it
 * is applied as the committee decided (the phone has already shown the fund credited, and the
 * committee may know of sales not synced yet) and flagged MARGIN_RUN_ABOVE_MARGIN for the officer.
 */
@Singleton
public class MarginRunApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.WELFARE_MARGIN_RUN;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        MarginRun run = (MarginRun) op.payload();
        WelfareBatch welfare = WelfareBatch.of(batch);
        welfare.wantScheme(run.schemeId());
        welfare.wantLevyEvent(run.schemeId(), run.month());
        LedgerBatch.of(batch).wantEntryId(op.entityId());
        Approvers.want(batch, run.approverIds());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) throws SQLException {
        MarginRun run = (MarginRun) op.payload();
        WelfareBatch welfare = WelfareBatch.of(batch);
        WelfareBatch.Scheme scheme = welfare.scheme(run.schemeId());
        if (scheme == null || scheme.orgId() != batch.orgId()) {
            return Outcome.rejected(ReasonCode.UNKNOWN_SCHEME, "payload.schemeId");
        }
        if (scheme.state().fundingSource() != Funding.SALE_MARGIN) {
            return Outcome.rejected(ReasonCode.MARGIN_RUN_NOT_SALE_MARGIN, "payload.schemeId");
        }
        if (welfare.levyRun(run.schemeId(), run.month())) {
            return Outcome.rejected(ReasonCode.MARGIN_ALREADY_RUN, "payload.month");
        }
        LedgerBatch ledger = LedgerBatch.of(batch);
        if (ledger.find(op.entityId()) != null) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        long seq = batch.applied(op, run.toJson());
        Posting p = WelfarePostings.contribution(op.entityId(), run.amount());
        ledger.append(new LedgerBatch.Entry(p.id(), batch.orgId(), p.account(), null, p.kind(), p.amount(), 0,
                run.runAt(), seq), null, null);
        welfare.insertMarginRun(batch.orgId(), op.entityId(), run, reason(run), seq);
        welfare.count(run.runAt(), WelfareBatch.FUND, 0, 0, 0, 0, run.amount());
        Approvers.check(batch, op, run.approverIds(), run.runAt(), op.entityId(), seq);

        YearMonth month = MarginRun.parseMonth(run.month()).orElseThrow();
        MarginChecks.of(batch).add(valuation -> {
            long serverMargin = valuation.month(month).marginSatang();
            if (!MarginRun.allowed(run.amount(), serverMargin)) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("schemeId", run.schemeId().toString());
                detail.put("month", run.month());
                detail.put("amount", run.amount());
                detail.put("phoneMargin", run.margin());
                detail.put("serverMargin", serverMargin);
                ReviewFlags.insertNow(batch, ReviewFlags.MARGIN_RUN_ABOVE_MARGIN, op.entityId(), seq, detail);
            }
        });
        return Outcome.applied();
    }

    /** What the run is, for the list of runs: "กำไรจากการขาย 2026-10". */
    static String reason(MarginRun run) {
        return "กำไรจากการขาย " + run.month();
    }
}
