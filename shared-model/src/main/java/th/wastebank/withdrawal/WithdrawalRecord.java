package th.wastebank.withdrawal;

import java.time.Instant;
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
 * Cash paid out of a member's savings ({@code withdrawal.record}), confirmed by two different
 * committee members. A withdrawal above the balance the server knows is still applied (the money
 * was paid) and raises a review flag.
 */
public record WithdrawalRecord(UUID memberId, long amount, Instant paidAt, List<String> approvedBy)
        implements OpPayload {

    public WithdrawalRecord {
        approvedBy = List.copyOf(approvedBy);
    }

    public static WithdrawalRecord read(PayloadReader r) {
        WithdrawalRecord w = new WithdrawalRecord(
                r.requiredId("memberId"),
                r.requiredLong("amount"),
                r.requiredInstant("paidAt"),
                r.requiredStrings("approvedBy", Limits.MAX_NAME_LENGTH));
        return r.ok() ? w : null;
    }

    @Override
    public OpType type() {
        return OpType.WITHDRAWAL_RECORD;
    }

    @Override
    public List<Violation> validate(Instant now) {
        return Approvals.ofCashPaid(amount, paidAt, approvedBy, now, ReasonCode.APPROVERS_REQUIRED);
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("memberId", memberId.toString());
        json.put("amount", amount);
        json.put("paidAt", paidAt.toString());
        json.put("approvedBy", approvedBy);
        return json;
    }
}
