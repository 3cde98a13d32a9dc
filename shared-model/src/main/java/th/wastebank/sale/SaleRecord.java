package th.wastebank.sale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.json.PayloadReader;
import th.wastebank.material.PricedLines;
import th.wastebank.product.PhotoRef;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Sorted waste sold to a buyer ({@code sale.record}); the op's entityId is the sale's id. The
 * lines are priced by the one amount rule and the total is their sum. {@code receiptPhoto} (optional)
 * is the SHA-256 of a photo of the buyer's slip, travelling as products' photos do. A sale takes
 * weight out of the bank's stock and never touches the members' savings.
 */
public record SaleRecord(UUID buyerId, LocalDate day, List<SaleLine> lines, long total, String receiptPhoto,
                         String soldBy) implements OpPayload {
    /** A sale's lines: up to {@value Limits#MAX_SALE_LINE_GRAMS} grams each, at a selling price. */
    public static final PricedLines.Rules RULES = new PricedLines.Rules(ReasonCode.SALE_NO_LINES,
            ReasonCode.SALE_TOO_MANY_LINES, Limits.MAX_SALE_LINE_GRAMS, ReasonCode.SALE_WEIGHT_TOO_LARGE,
            ReasonCode.SALE_PRICE_INVALID);

    public SaleRecord {
        lines = List.copyOf(lines);
    }

    /** A sale whose total is the sum of its lines. */
    public static SaleRecord of(UUID buyerId, LocalDate day, List<SaleLine> lines, String receiptPhoto, String soldBy) {
        return new SaleRecord(buyerId, day, lines, lines.stream().mapToLong(SaleLine::amount).sum(), receiptPhoto,
                soldBy);
    }

    public static SaleRecord read(PayloadReader r) {
        UUID buyerId = r.requiredId("buyerId");
        LocalDate day = r.requiredDate("day");
        List<SaleLine> lines = r.requiredObjects("lines").stream().map(SaleLine::read).toList();
        long total = r.requiredLong("total");
        String photo = r.optionalString("receiptPhoto");
        String soldBy = r.optionalString("soldBy");
        if (soldBy == null && !r.has("soldBy")) {
            r.report(ReasonCode.SOLD_BY_REQUIRED, "soldBy");
        }
        return r.ok() ? new SaleRecord(buyerId, day, lines, total, photo, soldBy) : null;
    }

    public long totalGrams() {
        return lines.stream().mapToLong(SaleLine::grams).sum();
    }

    @Override
    public OpType type() {
        return OpType.SALE_RECORD;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Limits.checkText(lines.get(i).materialCode(), "lines[" + i + "].materialCode", Limits.MAX_CODE_LENGTH, out);
        }
        Limits.checkText(receiptPhoto, "receiptPhoto", Limits.MAX_PHOTO_REF_LENGTH, out);
        Limits.checkText(soldBy, "soldBy", Limits.MAX_NAME_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (buyerId == null) {
            out.add(Violation.of(ReasonCode.BUYER_REQUIRED, "buyerId"));
        }
        Dates.check(day, "day", now, out);
        PricedLines.check(lines, total, RULES, out);
        if (receiptPhoto != null && !PhotoRef.valid(receiptPhoto)) {
            out.add(Violation.of(ReasonCode.PHOTO_INVALID, "receiptPhoto"));
        }
        if (soldBy == null || soldBy.isBlank()) {
            out.add(Violation.of(ReasonCode.SOLD_BY_REQUIRED, "soldBy"));
        }
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("buyerId", buyerId.toString());
        json.put("day", day.toString());
        json.put("lines", lines.stream().map(SaleLine::toJson).toList());
        json.put("total", total);
        if (receiptPhoto != null) {
            json.put("receiptPhoto", receiptPhoto);
        }
        json.put("soldBy", soldBy);
        return json;
    }
}
