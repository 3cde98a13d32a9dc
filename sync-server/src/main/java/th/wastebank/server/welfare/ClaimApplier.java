package th.wastebank.server.welfare;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

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
import th.wastebank.welfare.ClaimFile;
import th.wastebank.welfare.Eligibility;
import th.wastebank.welfare.SchemeUpsert;

/**
 * {@code welfare.claim.file}: records a member's claim on a scheme and checks the scheme's rules
 * again with what the server knows (membership months, deposits in the scheme's window). A claim
 * that fails them is recorded all the same and flagged WELFARE_NOT_ELIGIBLE; a second claim for
 * the same member, scheme and day is flagged WELFARE_DUPLICATE_CLAIM.
 */
@Singleton
public class ClaimApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.WELFARE_CLAIM_FILE;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        ClaimFile c = (ClaimFile) op.payload();
        WelfareBatch welfare = WelfareBatch.of(batch);
        welfare.wantScheme(c.schemeId());
        welfare.wantClaim(op.entityId());
        MemberBatch.of(batch).want(c.memberId());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) throws SQLException {
        ClaimFile c = (ClaimFile) op.payload();
        WelfareBatch welfare = WelfareBatch.of(batch);
        WelfareBatch.Scheme scheme = welfare.scheme(c.schemeId());
        if (scheme == null || scheme.orgId() != batch.orgId()) {
            return Outcome.rejected(ReasonCode.UNKNOWN_SCHEME, "payload.schemeId");
        }
        MemberBatch members = MemberBatch.of(batch);
        if (!members.inOrg(c.memberId(), batch.orgId())) {
            return Outcome.rejected(ReasonCode.UNKNOWN_MEMBER, "payload.memberId");
        }
        if (welfare.claim(op.entityId()) != null) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        SchemeUpsert rules = scheme.state();
        if (SchemeUpsert.PER_DAY.equals(rules.payoutRule()) && c.days() == null) {
            return Outcome.rejected(ReasonCode.DAYS_REQUIRED, "payload.days");
        }
        LocalDate joinedOn = members.find(c.memberId()).state().joinedOn();
        LocalDate from = Eligibility.windowStart(rules, c.eventDate());
        long deposits = LedgerBatch.of(batch).depositsBetween(batch, c.memberId(),
                from.atStartOfDay(Dates.THAI).toInstant(), c.eventDate().plusDays(1).atStartOfDay(Dates.THAI).toInstant());
        List<Eligibility.Unmet> unmet = Eligibility.check(rules, joinedOn, c.eventDate(), deposits);
        boolean eligible = unmet.isEmpty() && rules.active();

        long seq = batch.applied(op, c.toJson());
        UUID twin = welfare.sameClaim(batch, op.entityId(), c);
        welfare.insertClaim(batch.orgId(), op.entityId(), c, eligible, seq);
        welfare.count(c.eventDate(), rules.kind(), 1, 0, 0, 0, 0);
        ReviewFlags flags = ReviewFlags.of(batch);
        if (!eligible) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("memberId", c.memberId().toString());
            detail.put("schemeId", c.schemeId().toString());
            detail.put("unmet", unmet.stream().map(Eligibility.Unmet::messageTh).toList());
            detail.put("unmetEn", unmet.stream().map(Eligibility.Unmet::messageEn).toList());
            detail.put("schemePaused", !rules.active());
            flags.raise(batch, ReviewFlags.WELFARE_NOT_ELIGIBLE, op.entityId(), seq, detail);
        }
        if (twin != null) {
            flags.raise(batch, ReviewFlags.WELFARE_DUPLICATE_CLAIM, op.entityId(), seq, Map.of(
                    "otherClaimId", twin.toString(), "memberId", c.memberId().toString(),
                    "eventDate", c.eventDate().toString()));
        }
        return Outcome.applied();
    }
}
