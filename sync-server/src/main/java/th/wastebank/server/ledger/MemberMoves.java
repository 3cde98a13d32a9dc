package th.wastebank.server.ledger;

import java.util.UUID;

import th.wastebank.server.member.MemberBatch;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.Outcome;
import th.wastebank.transfer.TransferPostings;
import th.wastebank.validation.ReasonCode;

/** What an op moving savings between two members (a transfer, a merge) reads in its collect step. */
final class MemberMoves {
    private MemberMoves() {
    }

    /** UNKNOWN_MEMBER for the first of the two members not of the org (by its payload field), or null. */
    static Outcome unknownMember(Batch batch, UUID from, String fromField, UUID to, String toField) {
        MemberBatch members = MemberBatch.of(batch);
        if (!members.inOrg(from, batch.orgId())) {
            return Outcome.rejected(ReasonCode.UNKNOWN_MEMBER, "payload." + fromField);
        }
        return members.inOrg(to, batch.orgId()) ? null : Outcome.rejected(ReasonCode.UNKNOWN_MEMBER, "payload." + toField);
    }

    static void collect(Batch batch, IncomingOp op, UUID from, UUID to) {
        MemberBatch members = MemberBatch.of(batch);
        members.want(from);
        members.want(to);
        LedgerBatch ledger = LedgerBatch.of(batch);
        ledger.wantEntryId(op.entityId());
        ledger.wantEntryId(TransferPostings.creditId(op.entityId()));
        ledger.wantBalance(from);
        ledger.wantBalance(to);
    }
}
