package th.wastebank.server.ledger;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import th.wastebank.ledger.Posting;
import th.wastebank.server.committee.Approvers;
import th.wastebank.server.member.MemberBatch;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.transfer.MemberMerge;
import th.wastebank.transfer.TransferPostings;
import th.wastebank.validation.ReasonCode;

/**
 * {@code member.merge} (ADR 0019): the duplicate's WHOLE savings balance as the server knows it now
 * moves to the member kept, as one entry of two postings naming both (zero postings of a zero
 * balance: the merge is still on both passbooks), and the duplicate is marked merged (no longer
 * counted from that day). Nothing earlier is rewritten. The op is logged with the amount moved, so
 * every phone pulls the server's entries. Refused: a member unknown to the org, a duplicate already
 * merged that holds nothing more (one that does, because money arrived for it later, is merged
 * again), and a member to keep that is itself merged.
 */
@Singleton
public class MemberMergeApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.MEMBER_MERGE;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        MemberMerge m = (MemberMerge) op.payload();
        MemberMoves.collect(batch, op, m.fromMemberId(), m.intoMemberId());
        Approvers.want(batch, m.approverIds());
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) throws SQLException {
        MemberMerge m = (MemberMerge) op.payload();
        Outcome unknown = MemberMoves.unknownMember(batch, m.fromMemberId(), "fromMemberId", m.intoMemberId(),
                "intoMemberId");
        if (unknown != null) {
            return unknown;
        }
        MemberBatch members = MemberBatch.of(batch);
        LedgerBatch ledger = LedgerBatch.of(batch);
        long balance = ledger.balance(batch, m.fromMemberId());
        if (members.find(m.fromMemberId()).mergedOn() != null && balance == 0) {
            return Outcome.rejected(ReasonCode.MEMBER_ALREADY_MERGED, "payload.fromMemberId");
        }
        if (members.find(m.intoMemberId()).mergedOn() != null) {
            return Outcome.rejected(ReasonCode.MERGE_INTO_MERGED, "payload.intoMemberId");
        }
        List<Posting> postings = TransferPostings.merge(op.entityId(), m, balance);
        if (ledger.anyFound(postings)) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        MemberMerge logged = m.withAmount(balance);
        long seq = batch.applied(op, logged.toJson());
        ledger.appendBetween(batch, postings, m.mergedAt(), seq);
        if (members.find(m.fromMemberId()).mergedOn() == null) {
            members.markMerged(m.fromMemberId(), m.intoMemberId(), m.mergedOn());
        }
        Approvers.check(batch, op, m.approverIds(), m.mergedAt(), op.entityId(), seq);
        long kept = ledger.balance(batch, m.intoMemberId());
        if (kept < 0) {
            ReviewFlags.of(batch).raise(batch, ReviewFlags.NEGATIVE_BALANCE, m.intoMemberId(), seq,
                    Map.of("balance", kept, "entryId", op.entityId().toString()));
        }
        return Outcome.applied();
    }
}
