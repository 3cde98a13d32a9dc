package th.wastebank.transfer;

import java.time.Instant;
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
 * Savings moved from one member to another member of the same bank ({@code savings.transfer}, ADR
 * 0019): for now the balance of a member who died or left, to their heir ({@link TransferReason}).
 * One entry of two postings ({@link TransferPostings#transfer}); no cash changes hands and the
 * welfare fund is untouched. Approved as a withdrawal is: two typed names, or two roster members
 * with their PINs ({@link Approvals}).
 */
public record SavingsTransfer(UUID fromMemberId, UUID toMemberId, long amount, Instant transferredAt, String reason,
                              String note, List<String> approvedBy, List<UUID> approverIds) implements OpPayload {

    public SavingsTransfer {
        approvedBy = List.copyOf(approvedBy);
        approverIds = Approvals.copyIds(approverIds);
    }

    public static SavingsTransfer read(PayloadReader r) {
        SavingsTransfer t = new SavingsTransfer(
                r.requiredId("fromMemberId"),
                r.requiredId("toMemberId"),
                r.requiredLong("amount"),
                r.requiredInstant("transferredAt"),
                r.requiredString("reason"),
                r.optionalString("note"),
                r.requiredStrings("approvedBy"),
                r.optionalIds(Approvals.IDS_FIELD));
        return r.ok() ? t : null;
    }

    @Override
    public OpType type() {
        return OpType.SAVINGS_TRANSFER;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(reason, "reason", Limits.MAX_WORD_LENGTH, out);
        Limits.checkText(note, "note", Limits.MAX_NOTE_LENGTH, out);
        Limits.checkTexts(approvedBy, "approvedBy", Limits.MAX_NAME_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (fromMemberId.equals(toMemberId)) {
            out.add(Violation.of(ReasonCode.TRANSFER_SAME_MEMBER, "toMemberId"));
        }
        if (TransferReason.parse(reason).isEmpty()) {
            out.add(Violation.of(ReasonCode.TRANSFER_REASON_INVALID, "reason"));
        }
        Limits.checkAmount(amount, "amount", out);
        Dates.check(transferredAt, "transferredAt", now, out);
        Approvals.check(approvedBy, approverIds, ReasonCode.MOVE_APPROVERS_REQUIRED, out);
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fromMemberId", fromMemberId.toString());
        json.put("toMemberId", toMemberId.toString());
        json.put("amount", amount);
        json.put("transferredAt", transferredAt.toString());
        json.put("reason", reason);
        if (note != null) {
            json.put("note", note);
        }
        json.put("approvedBy", approvedBy);
        Approvals.putIds(json, approverIds);
        return json;
    }
}
