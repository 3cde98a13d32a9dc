package th.wastebank.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.json.PayloadReader;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Approvals;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * A member registered twice is merged ({@code member.merge}, ADR 0019): the duplicate
 * ({@code fromMemberId}) gives its whole savings balance to the member kept ({@code intoMemberId})
 * by one entry whose two postings name both ({@link TransferPostings#merge}), and is marked merged.
 * Nothing earlier is rewritten. {@code amount} is the balance moved as the SERVER knew it when it
 * applied the merge: a phone sends none (or the one it knew, which the server replaces) and every
 * phone pulls the server's, so the entries agree everywhere. Approved by two PINs or two names.
 */
public record MemberMerge(UUID fromMemberId, UUID intoMemberId, Instant mergedAt, List<String> approvedBy,
                          List<UUID> approverIds, Long amount) implements OpPayload {

    public MemberMerge {
        approvedBy = List.copyOf(approvedBy);
        approverIds = Approvals.copyIds(approverIds);
    }

    /** A merge as a phone sends it: the server fills in the amount it moves. */
    public MemberMerge(UUID fromMemberId, UUID intoMemberId, Instant mergedAt, List<String> approvedBy,
                       List<UUID> approverIds) {
        this(fromMemberId, intoMemberId, mergedAt, approvedBy, approverIds, null);
    }

    public static MemberMerge read(PayloadReader r) {
        MemberMerge m = new MemberMerge(
                r.requiredId("fromMemberId"),
                r.requiredId("intoMemberId"),
                r.requiredInstant("mergedAt"),
                r.requiredStrings("approvedBy"),
                r.optionalIds(Approvals.IDS_FIELD),
                r.optionalLong("amount"));
        return r.ok() ? m : null;
    }

    /** The same merge with the balance the server moved. */
    public MemberMerge withAmount(long moved) {
        return new MemberMerge(fromMemberId, intoMemberId, mergedAt, approvedBy, approverIds, moved);
    }

    /** The Thai day the duplicate stopped counting as a member ({@code member.merged_on}). */
    public LocalDate mergedOn() {
        return mergedAt.atZone(Dates.THAI).toLocalDate();
    }

    @Override
    public OpType type() {
        return OpType.MEMBER_MERGE;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkTexts(approvedBy, "approvedBy", Limits.MAX_NAME_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (fromMemberId.equals(intoMemberId)) {
            out.add(Violation.of(ReasonCode.MERGE_SAME_MEMBER, "intoMemberId"));
        }
        Dates.check(mergedAt, "mergedAt", now, out);
        if (amount != null && Math.abs(amount) > Limits.MAX_AMOUNT) {
            out.add(Violation.of(ReasonCode.AMOUNT_TOO_LARGE, "amount"));
        }
        Approvals.check(approvedBy, approverIds, ReasonCode.MOVE_APPROVERS_REQUIRED, out);
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fromMemberId", fromMemberId.toString());
        json.put("intoMemberId", intoMemberId.toString());
        json.put("mergedAt", mergedAt.toString());
        json.put("approvedBy", approvedBy);
        Approvals.putIds(json, approverIds);
        if (amount != null) {
            json.put("amount", amount);
        }
        return json;
    }
}
