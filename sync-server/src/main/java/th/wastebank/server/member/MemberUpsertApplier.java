package th.wastebank.server.member;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.inject.Singleton;

import th.wastebank.member.MemberUpsert;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;
import th.wastebank.server.sync.OpApplier;
import th.wastebank.server.sync.Outcome;
import th.wastebank.sync.OpType;
import th.wastebank.validation.ReasonCode;

/**
 * {@code member.upsert}: registers or edits a member. An edit based on an older version than the
 * server's (two phones editing offline) still wins, being later in server order, except that an
 * edit which did not touch the status keeps the status recorded since (a member who died stays so,
 * ADR 0017); the state it replaces is kept and a MEMBER_CONFLICT flag asks the committee to check. A new member named like
 * one the bank already has is registered and flagged POSSIBLE_DUPLICATE_MEMBER. A new member gets
 * the bank's next member number (ADR 0014); an edit keeps the member's number whatever the phone
 * sent, and both are logged with the number, so every phone pulls it.
 */
@Singleton
public class MemberUpsertApplier implements OpApplier {
    @Override
    public OpType type() {
        return OpType.MEMBER_UPSERT;
    }

    @Override
    public void collect(IncomingOp op, Batch batch) {
        MemberBatch members = MemberBatch.of(batch);
        members.want(op.entityId());
        members.wantNumbers();
        if (op.payload() instanceof MemberUpsert edit) {
            members.wantName(edit.name());
        }
    }

    @Override
    public Outcome apply(IncomingOp op, Batch batch) throws SQLException {
        MemberBatch members = MemberBatch.of(batch);
        MemberUpsert sent = (MemberUpsert) op.payload();
        MemberBatch.Member current = members.find(op.entityId());
        if (current == null) {
            MemberUpsert edit = sent.withNumber(members.nextNumber());
            long seq = batch.applied(op, edit.toJson());
            Map<UUID, MemberUpsert> namesakes = members.namesakes(op.entityId(), edit.name());
            members.insert(batch.orgId(), op.entityId(), edit, seq);
            if (!namesakes.isEmpty()) {
                flagPossibleDuplicate(batch, op.entityId(), edit, namesakes, seq);
            }
            return Outcome.applied();
        }
        if (current.orgId() != batch.orgId()) {
            return Outcome.rejected(ReasonCode.ENTITY_CONFLICT, "entityId");
        }
        MemberUpsert edit = sent.withNumber(current.state().number());
        boolean conflict = edit.version() <= current.state().version();
        MemberUpsert stored = conflict ? keepStanding(edit.withVersion(current.state().version() + 1),
                current.state(), members.stateAt(batch, op.entityId(), edit.version() - 1)) : edit;
        long seq = batch.applied(op, stored.toJson());
        members.update(batch.orgId(), op.entityId(), current, stored, seq);
        if (conflict) {
            ReviewFlags.of(batch).raise(batch, ReviewFlags.MEMBER_CONFLICT, op.entityId(), seq, Map.of(
                    "overwritten", current.state().toJson(),
                    "kept", stored.toJson(),
                    "editedFromVersion", edit.version() - 1));
        }
        return Outcome.applied();
    }

    /**
     * An edit made offline from an older version that did not touch the member's status keeps the
     * status recorded since: a phone that corrected a deceased member's phone number without knowing
     * of the death must not bring them back as a member. {@code base} is the state the edit was made
     * from (null when not kept); any other field is the later edit's, as before.
     */
    private static MemberUpsert keepStanding(MemberUpsert edit, MemberUpsert current, MemberUpsert base) {
        if (base == null || !sameStanding(edit, base) || sameStanding(current, base)) {
            return edit;
        }
        return edit.withStatus(current.memberStatus(), current.statusOn(), current.statusNote());
    }

    private static boolean sameStanding(MemberUpsert a, MemberUpsert b) {
        return a.memberStatus() == b.memberStatus() && Objects.equals(a.statusOn(), b.statusOn())
                && Objects.equals(a.statusNote(), b.statusNote());
    }

    /**
     * A new member with the name of one the bank already has: registered anyway (it may be another
     * person), and flagged so that the committee can tell, with both records side by side.
     */
    private static void flagPossibleDuplicate(Batch batch, UUID memberId, MemberUpsert added,
                                              Map<UUID, MemberUpsert> namesakes, long seq) {
        List<Map<String, Object>> same = new ArrayList<>();
        namesakes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Object> m = new LinkedHashMap<>(e.getValue().toJson());
            m.put("memberId", e.getKey().toString());
            same.add(m);
        });
        ReviewFlags.of(batch).raise(batch, ReviewFlags.POSSIBLE_DUPLICATE_MEMBER, memberId, seq, Map.of(
                "added", added.toJson(), "sameNameAs", same));
    }
}
