package th.wastebank.server.dividend;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Singleton;

import th.wastebank.dividend.DividendLine;
import th.wastebank.dividend.DividendPlan;
import th.wastebank.dividend.DividendPostings;
import th.wastebank.dividend.DividendRun;
import th.wastebank.ledger.Posting;
import th.wastebank.server.committee.Approvers;
import th.wastebank.server.ledger.LedgerBatch;
import th.wastebank.server.member.MemberBatch;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sale.MarginChecks;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;
import th.wastebank.year.FiscalYear;

/**
 * {@code dividend.run} (ADR 0015): the year-end dividend, credited to each listed member's savings
 * and debited from the bank's account, as {@link DividendPostings} makes the entries. Once per org
 * and fiscal year: a second run is refused and credits nothing. The money was handed out as the
 * committee approved it, so a run the server would have made differently is applied and flagged:
 * a total above the share of the year's margin the server values from its sales
 * (DIVIDEND_ABOVE_MARGIN), lines that are not the shared {@link DividendPlan}'s split of the total
 * over the year's deposits or active members (DIVIDEND_MISMATCH).
 */
@Singleton
public class DividendApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.DIVIDEND_RUN;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        DividendRun run = (DividendRun) op.payload();
        DividendRuns.of(batch).want(run.fiscalYear());
        MemberBatch members = MemberBatch.of(batch);
        LedgerBatch ledger = LedgerBatch.of(batch);
        for (Posting p : DividendPostings.of(op.entityId(), run)) {
            ledger.wantEntryId(p.id());
        }
        run.lines().forEach(l -> members.want(l.memberId()));
        Approvers.want(batch, run.approverIds());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) throws SQLException {
        DividendRun run = (DividendRun) op.payload();
        DividendRuns runs = DividendRuns.of(batch);
        if (runs.ran(run.fiscalYear())) {
            return Outcome.rejected(ReasonCode.DIVIDEND_ALREADY_RUN, "payload.fiscalYear");
        }
        MemberBatch members = MemberBatch.of(batch);
        int unknown = members.firstNotInOrg(run.lines().stream().map(DividendLine::memberId).toList(), batch.orgId());
        if (unknown >= 0) {
            return Outcome.rejected(ReasonCode.UNKNOWN_MEMBER, "payload.lines[" + unknown + "].memberId");
        }
        LedgerBatch ledger = LedgerBatch.of(batch);
        List<Posting> postings = DividendPostings.of(op.entityId(), run);
        if (ledger.anyFound(postings)) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        long seq = batch.applied(op, run.toJson());
        ledger.appendAll(batch, postings, run.runAt(), seq);
        runs.insert(batch.orgId(), op.entityId(), run, seq);
        Approvers.check(batch, op, run.approverIds(), run.runAt(), op.entityId(), seq);

        FiscalYear year = new FiscalYear(run.fiscalYear());
        MarginChecks.of(batch).add(valuation -> {
            long serverMargin = 0;
            for (YearMonth m = year.firstMonth(); !m.isAfter(year.lastMonth()); m = m.plusMonths(1)) {
                serverMargin += valuation.month(m).marginSatang();
            }
            if (run.total() > DividendPlan.pool(serverMargin, run.shareBp())) {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("fiscalYear", run.fiscalYear());
                detail.put("total", run.total());
                detail.put("shareBp", run.shareBp());
                detail.put("phoneMargin", run.margin());
                detail.put("serverMargin", serverMargin);
                ReviewFlags.insertNow(batch, ReviewFlags.DIVIDEND_ABOVE_MARGIN, op.entityId(), seq, detail);
            }
        });
        ReviewFlags flags = ReviewFlags.of(batch);
        long differing = differingLines(batch, ledger, members, run, year);
        if (differing > 0) {
            flags.raise(batch, ReviewFlags.DIVIDEND_MISMATCH, op.entityId(), seq,
                    Map.of("fiscalYear", run.fiscalYear(), "rule", run.rule(), "linesNotAtPlan", differing,
                            "total", run.total()));
        }
        return Outcome.applied();
    }

    /** How many lines differ from the plan's split of the run's total (lines missing from the run count too). */
    private static long differingLines(Batch batch, LedgerBatch ledger, MemberBatch members, DividendRun run,
                                       FiscalYear year) throws SQLException {
        Map<UUID, Long> deposits = ledger.depositsByMemberBetween(batch, year.start(), year.end());
        DividendPlan.Plan plan = DividendPlan.plan(DividendPlan.Rule.parse(run.rule()).orElseThrow(), run.total(),
                year.last(), members.allInOrg(batch).entrySet().stream()
                        .map(e -> new DividendPlan.Member(e.getKey(), e.getValue().state().joinedOn(), e.getValue().leftOn(),
                                deposits.getOrDefault(e.getKey(), 0L))).toList());
        Set<DividendLine> planned = new HashSet<>(plan.lines());
        Set<DividendLine> made = new HashSet<>(run.lines());
        long missing = planned.stream().filter(l -> !made.contains(l)).count();
        long extra = made.stream().filter(l -> !planned.contains(l)).count();
        return Math.max(missing, extra);
    }
}
