package th.wastebank.withdrawal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.deposit.ReceiptNumber;
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
 * was paid) and raises a review flag. {@code receiptNo} is the number the phone gave it from the
 * counter its deposits' receipts use ({@link ReceiptNumber}); optional as a deposit's is, and left
 * out of the JSON when absent, so ops made before keep their bytes. {@code approverIds} (optional
 * likewise) are the two roster members who entered their PINs ({@link Approvals}).
 */
public record WithdrawalRecord(UUID memberId, long amount, Instant paidAt, List<String> approvedBy, String receiptNo,
                               List<UUID> approverIds)
        implements OpPayload {

    public WithdrawalRecord {
        approvedBy = List.copyOf(approvedBy);
        approverIds = Approvals.copyIds(approverIds);
    }

    public WithdrawalRecord(UUID memberId, long amount, Instant paidAt, List<String> approvedBy, String receiptNo) {
        this(memberId, amount, paidAt, approvedBy, receiptNo, null);
    }

    public WithdrawalRecord(UUID memberId, long amount, Instant paidAt, List<String> approvedBy) {
        this(memberId, amount, paidAt, approvedBy, null, null);
    }

    /** The same withdrawal with the number the member is told. */
    public WithdrawalRecord withReceiptNo(String number) {
        return new WithdrawalRecord(memberId, amount, paidAt, approvedBy, number, approverIds);
    }

    /** The same withdrawal approved by these two roster members (their names stay in {@code approvedBy}). */
    public WithdrawalRecord withApproverIds(List<UUID> ids) {
        return new WithdrawalRecord(memberId, amount, paidAt, approvedBy, receiptNo, ids);
    }

    public static WithdrawalRecord read(PayloadReader r) {
        WithdrawalRecord w = new WithdrawalRecord(
                r.requiredId("memberId"),
                r.requiredLong("amount"),
                r.requiredInstant("paidAt"),
                r.requiredStrings("approvedBy"),
                r.optionalString("receiptNo"),
                r.optionalIds(Approvals.IDS_FIELD));
        return r.ok() ? w : null;
    }

    @Override
    public OpType type() {
        return OpType.WITHDRAWAL_RECORD;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkTexts(approvedBy, "approvedBy", Limits.MAX_NAME_LENGTH, out);
        Limits.checkText(receiptNo, "receiptNo", Limits.MAX_RECEIPT_NO_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        out.addAll(Approvals.ofCashPaid(amount, paidAt, approvedBy, approverIds, now,
                ReasonCode.APPROVERS_REQUIRED));
        ReceiptNumber.check(receiptNo).ifPresent(out::add);
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("memberId", memberId.toString());
        json.put("amount", amount);
        json.put("paidAt", paidAt.toString());
        json.put("approvedBy", approvedBy);
        if (receiptNo != null) {
            json.put("receiptNo", receiptNo);
        }
        Approvals.putIds(json, approverIds);
        return json;
    }
}
