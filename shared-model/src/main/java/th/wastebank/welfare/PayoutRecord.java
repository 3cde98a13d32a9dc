package th.wastebank.welfare;

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
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Money paid out of the welfare fund on a claim ({@code welfare.payout.record}), approved by two
 * different committee members. It never touches the member's savings. A payout beyond the fund, a
 * second payout on one claim or one above the scheme's rule is still recorded (the money was
 * handed over) and flagged. {@code approverIds}, when present, are the two roster members who
 * entered their PINs ({@link Approvals}).
 */
public record PayoutRecord(UUID claimId, long amount, Instant paidAt, List<String> approvedBy, List<UUID> approverIds)
        implements OpPayload {

    public PayoutRecord {
        approvedBy = List.copyOf(approvedBy);
        approverIds = Approvals.copyIds(approverIds);
    }

    public PayoutRecord(UUID claimId, long amount, Instant paidAt, List<String> approvedBy) {
        this(claimId, amount, paidAt, approvedBy, null);
    }

    public static PayoutRecord read(PayloadReader r) {
        PayoutRecord p = new PayoutRecord(
                r.requiredId("claimId"),
                r.requiredLong("amount"),
                r.requiredInstant("paidAt"),
                r.requiredStrings("approvedBy"),
                r.optionalIds(Approvals.IDS_FIELD));
        return r.ok() ? p : null;
    }

    @Override
    public OpType type() {
        return OpType.WELFARE_PAYOUT_RECORD;
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
        out.addAll(Approvals.ofCashPaid(amount, paidAt, approvedBy, approverIds, now,
                ReasonCode.WELFARE_APPROVERS_REQUIRED));
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("claimId", claimId.toString());
        json.put("amount", amount);
        json.put("paidAt", paidAt.toString());
        json.put("approvedBy", approvedBy);
        Approvals.putIds(json, approverIds);
        return json;
    }
}
