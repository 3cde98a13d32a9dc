package th.wastebank.server.welfare;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Singleton;

import th.wastebank.ledger.Posting;
import th.wastebank.server.committee.Approvers;
import th.wastebank.server.ledger.LedgerBatch;
import th.wastebank.server.member.MemberBatch;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Dates;
import th.wastebank.validation.ReasonCode;
import th.wastebank.welfare.Funding;
import th.wastebank.welfare.LevyLine;
import th.wastebank.welfare.LevyPlan;
import th.wastebank.welfare.LevyRun;
import th.wastebank.welfare.SchemeUpsert;
import th.wastebank.welfare.WelfarePostings;

/**
 * {@code welfare.levy.run}: one op that debits every listed member's savings and credits the
 * welfare fund with the total, as entries computed by {@link WelfarePostings}. A scheme's event is
 * levied once: a second run for it (the op pushed again under another id, or a second phone's run)
 * is refused and debits nothing. What the server would have levied differently by the shared
 * {@link LevyPlan} (the plan the phone's preview shows: a member active on the run's day but not
 * listed, an amount that is not the scheme's levy or the member's deposit share) is applied as the
 * committee decided and flagged LEVY_MISMATCH; a member whose savings go below zero is flagged
 * NEGATIVE_BALANCE.
 */
@Singleton
public class LevyApplier implements OpApplier {
    private static final int SAMPLE = 10;

    @Override
    public OpType type() {
        return OpType.WELFARE_LEVY_RUN;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        LevyRun run = (LevyRun) op.payload();
        WelfareBatch welfare = WelfareBatch.of(batch);
        welfare.wantScheme(run.schemeId());
        welfare.wantLevyEvent(run.schemeId(), run.event());
        MemberBatch members = MemberBatch.of(batch);
        LedgerBatch ledger = LedgerBatch.of(batch);
        for (Posting p : WelfarePostings.levy(op.entityId(), run)) {
            ledger.wantEntryId(p.id());
        }
        for (LevyLine line : run.lines()) {
            members.want(line.memberId());
            ledger.wantBalance(line.memberId());
        }
        Approvers.want(batch, run.approverIds());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) throws SQLException {
        LevyRun run = (LevyRun) op.payload();
        WelfareBatch welfare = WelfareBatch.of(batch);
        WelfareBatch.Scheme scheme = welfare.scheme(run.schemeId());
        if (scheme == null || scheme.orgId() != batch.orgId()) {
            return Outcome.rejected(ReasonCode.UNKNOWN_SCHEME, "payload.schemeId");
        }
        if (welfare.levyRun(run.schemeId(), run.event())) {
            return Outcome.rejected(ReasonCode.LEVY_ALREADY_RUN, "payload.event");
        }
        MemberBatch members = MemberBatch.of(batch);
        int unknown = members.firstNotInOrg(run.lines().stream().map(LevyLine::memberId).toList(), batch.orgId());
        if (unknown >= 0) {
            return Outcome.rejected(ReasonCode.UNKNOWN_MEMBER, "payload.lines[" + unknown + "].memberId");
        }
        LedgerBatch ledger = LedgerBatch.of(batch);
        List<Posting> postings = WelfarePostings.levy(op.entityId(), run);
        if (ledger.anyFound(postings)) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        long seq = batch.applied(op, run.toJson());
        ledger.appendAll(batch, postings, run.runAt(), seq);
        welfare.insertLevy(batch.orgId(), op.entityId(), run, seq);
        welfare.count(run.runAt(), scheme.state().kind(), 0, 0, 0, run.total(), 0);

        Approvers.check(batch, op, run.approverIds(), run.runAt(), op.entityId(), seq);
        ReviewFlags flags = ReviewFlags.of(batch);
        for (LevyLine line : run.lines()) {
            long balance = ledger.balance(batch, line.memberId());
            if (balance < 0) {
                flags.raise(batch, ReviewFlags.NEGATIVE_BALANCE, line.memberId(), seq, Map.of("balance", balance,
                        "entryId", WelfarePostings.levyEntryId(op.entityId(), line.memberId()).toString()));
            }
        }
        Map<String, Object> mismatch = mismatch(run, scheme.state(), members.allInOrg(batch),
                depositsInPeriod(batch, ledger, run, scheme.state()));
        if (!mismatch.isEmpty()) {
            mismatch.put("schemeId", run.schemeId().toString());
            mismatch.put("event", run.event());
            flags.raise(batch, ReviewFlags.LEVY_MISMATCH, op.entityId(), seq, mismatch);
        }
        return Outcome.applied();
    }

    /**
     * For a deposit-share scheme, what each member deposited in the period the run's event names
     * (none when it names no period: then every line differs from the plan); empty otherwise.
     */
    private static Map<UUID, Long> depositsInPeriod(Batch batch, LedgerBatch ledger, LevyRun run, SchemeUpsert scheme)
            throws SQLException {
        if (scheme.fundingSource() != Funding.DEPOSIT_SHARE) {
            return Map.of();
        }
        LevyPlan.Period period = LevyPlan.Period.ofEvent(run.event()).orElse(null);
        return period == null ? Map.of() : ledger.depositsByMemberBetween(batch, period.start(), period.end());
    }

    /** How the run differs from the scheme's {@link LevyPlan}; empty when it does not. */
    private static Map<String, Object> mismatch(LevyRun run, SchemeUpsert scheme,
                                                Map<UUID, MemberBatch.Member> orgMembers, Map<UUID, Long> deposits) {
        Map<String, Object> out = new LinkedHashMap<>();
        LocalDate runDay = LocalDate.ofInstant(run.runAt(), Dates.THAI);
        LevyPlan.Plan plan = LevyPlan.plan(scheme, runDay, orgMembers.entrySet().stream()
                .map(e -> new LevyPlan.Member(e.getKey(), e.getValue().state().joinedOn(), e.getValue().leftOn(),
                        deposits.getOrDefault(e.getKey(), 0L))).toList());
        Set<UUID> listed = new HashSet<>();
        run.lines().forEach(l -> listed.add(l.memberId()));
        List<String> missing = plan.lines().stream().map(LevyLine::memberId).filter(id -> !listed.contains(id))
                .map(id -> orgMembers.get(id).state().name()).sorted().toList();
        if (!missing.isEmpty()) {
            out.put("notLevied", missing.size());
            out.put("notLeviedSample", missing.subList(0, Math.min(SAMPLE, missing.size())));
        }
        if (!run.basis().equals(scheme.funding())) {
            out.put("basis", run.basis());
            out.put("schemeFunding", scheme.funding());
        } else {
            long off = run.lines().stream()
                    .filter(l -> l.amount() != LevyPlan.amountFor(scheme, deposits.getOrDefault(l.memberId(), 0L)))
                    .count();
            if (off > 0 && scheme.fundingSource() == Funding.DEPOSIT_SHARE) {
                out.put("linesNotAtDepositShare", off);
                out.put("schemeDepositShareBp", scheme.depositShareBp());
            } else if (off > 0) {
                out.put("linesNotAtSchemeAmount", off);
                out.put("schemeLevyAmount", scheme.levyAmount());
            }
        }
        return out;
    }
}
