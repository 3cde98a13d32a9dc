package th.wastebank.server.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.committee.Roster;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.IncomingOp;

/**
 * The roster check of money approved by roster ids (a withdrawal, a welfare payout, a levy run):
 * {@link Roster#check}'s rule against this org's roster. The op is applied whatever the answer,
 * because the cash was handed over; a broken rule raises APPROVERS_NOT_ON_COMMITTEE. Ops approved
 * by typed names (no ids) are not checked here.
 */
public final class Approvers {
    private Approvers() {
    }

    /** In an applier's collect: the roster ids the op will be checked against (none for names only). */
    public static void want(Batch batch, List<UUID> approverIds) {
        if (approverIds != null) {
            CommitteeBatch committee = CommitteeBatch.of(batch);
            approverIds.forEach(committee::want);
        }
    }

    /**
     * In an applier's apply, after {@link Batch#applied}: flags the op (its {@code subjectId}, with
     * server sequence {@code seq}) when its approvers are not two different roster members on the
     * committee on the day of {@code at}.
     */
    public static void check(Batch batch, IncomingOp op, List<UUID> approverIds, Instant at, UUID subjectId,
                             long seq) {
        if (approverIds == null) {
            return;
        }
        LocalDate day = Roster.dayOf(at);
        List<Roster.Finding> findings = Roster.check(approverIds, day, CommitteeBatch.of(batch).terms(batch.orgId()));
        if (findings.isEmpty()) {
            return;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("op", op.type().wire());
        detail.put("entityId", op.entityId().toString());
        detail.put("day", day.toString());
        detail.put("approverIds", approverIds.stream().map(UUID::toString).toList());
        detail.put("problems", findings.stream().map(f -> f.approverId() == null ? f.problem().name()
                : f.problem().name() + ":" + f.approverId()).toList());
        ReviewFlags.of(batch).raise(batch, ReviewFlags.APPROVERS_NOT_ON_COMMITTEE, subjectId, seq, detail);
    }
}
