package th.wastebank.deposit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.json.PayloadReader;
import th.wastebank.material.PricedLines;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * A member's deposit of weighed recyclables ({@code deposit.record}); it credits the member's
 * savings with {@code total}. Whether the member and the materials exist is checked against the
 * org's data by whoever applies it. {@code receiptNo} is the number its receipt printed
 * ({@link ReceiptNumber}); optional, and absent from ops made before receipt numbers (and then left
 * out of the JSON, so their payloads stay byte-identical).
 */
public record DepositRecord(UUID memberId, Instant depositedAt, List<DepositLine> lines, long total, String receiptNo)
        implements OpPayload {
    /** A deposit's lines: up to {@value Limits#MAX_LINE_GRAMS} grams each, at a buying price. */
    public static final PricedLines.Rules RULES = new PricedLines.Rules(ReasonCode.NO_LINES, ReasonCode.TOO_MANY_LINES,
            Limits.MAX_LINE_GRAMS, ReasonCode.WEIGHT_TOO_LARGE, ReasonCode.PRICE_INVALID);

    public DepositRecord {
        lines = List.copyOf(lines);
    }

    public DepositRecord(UUID memberId, Instant depositedAt, List<DepositLine> lines, long total) {
        this(memberId, depositedAt, lines, total, null);
    }

    /** The same deposit with the number of its receipt. */
    public DepositRecord withReceiptNo(String number) {
        return new DepositRecord(memberId, depositedAt, lines, total, number);
    }

    /** A deposit whose total is the sum of its lines. */
    public static DepositRecord of(UUID memberId, Instant depositedAt, List<DepositLine> lines) {
        return new DepositRecord(memberId, depositedAt, lines, lines.stream().mapToLong(DepositLine::amount).sum());
    }

    public static DepositRecord read(PayloadReader r) {
        UUID memberId = r.requiredId("memberId");
        Instant at = r.requiredInstant("depositedAt");
        List<DepositLine> lines = r.requiredObjects("lines").stream().map(DepositLine::read).toList();
        long total = r.requiredLong("total");
        String receiptNo = r.optionalString("receiptNo");
        return r.ok() ? new DepositRecord(memberId, at, lines, total, receiptNo) : null;
    }

    public long totalGrams() {
        return lines.stream().mapToLong(DepositLine::grams).sum();
    }

    @Override
    public OpType type() {
        return OpType.DEPOSIT_RECORD;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Limits.checkText(lines.get(i).materialCode(), "lines[" + i + "].materialCode", Limits.MAX_CODE_LENGTH, out);
        }
        Limits.checkText(receiptNo, "receiptNo", Limits.MAX_RECEIPT_NO_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        Dates.check(depositedAt, "depositedAt", now, out);
        PricedLines.check(lines, total, RULES, out);
        ReceiptNumber.check(receiptNo).ifPresent(out::add);
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("memberId", memberId.toString());
        json.put("depositedAt", depositedAt.toString());
        json.put("lines", lines.stream().map(DepositLine::toJson).toList());
        json.put("total", total);
        if (receiptNo != null) {
            json.put("receiptNo", receiptNo);
        }
        return json;
    }
}
