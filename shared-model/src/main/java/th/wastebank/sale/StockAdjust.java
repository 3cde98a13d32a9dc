package th.wastebank.sale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.wastebank.json.PayloadReader;
import th.wastebank.material.MaterialCatalogue;
import th.wastebank.sync.OpPayload;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Dates;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * A change to the stock of one material that is neither a purchase nor a sale
 * ({@code stock.adjust}); the op's entityId is the adjustment's id. {@code grams} is signed:
 * negative takes weight away. A re-sort ({@link AdjustReason#RESORTED}) moves the weight into
 * {@code targetMaterial}, which gains as many grams as {@code materialCode} loses.
 */
public record StockAdjust(String materialCode, long grams, String reason, String targetMaterial, String note,
                          LocalDate day) implements OpPayload {

    public static StockAdjust read(PayloadReader r) {
        StockAdjust a = new StockAdjust(r.requiredString("materialCode"), r.requiredLong("grams"),
                r.requiredString("reason"), r.optionalString("targetMaterial"), r.optionalString("note"),
                r.requiredDate("day"));
        return r.ok() ? a : null;
    }

    @Override
    public OpType type() {
        return OpType.STOCK_ADJUST;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(materialCode, "materialCode", Limits.MAX_CODE_LENGTH, out);
        Limits.checkText(reason, "reason", Limits.MAX_WORD_LENGTH, out);
        Limits.checkText(targetMaterial, "targetMaterial", Limits.MAX_CODE_LENGTH, out);
        Limits.checkText(note, "note", Limits.MAX_NOTE_LENGTH, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        if (!known(materialCode)) {
            out.add(Violation.of(ReasonCode.UNKNOWN_MATERIAL, "materialCode"));
        }
        if (grams == 0 || Math.abs(grams) > Limits.MAX_SALE_LINE_GRAMS) {
            out.add(Violation.of(ReasonCode.ADJUST_GRAMS_INVALID, "grams"));
        }
        AdjustReason why = AdjustReason.parse(reason).orElse(null);
        if (why == null) {
            out.add(Violation.of(ReasonCode.ADJUST_REASON_INVALID, "reason"));
        } else {
            if (why.reducesOnly() && grams > 0) {
                out.add(Violation.of(ReasonCode.ADJUST_MUST_REDUCE, "grams"));
            }
            boolean resort = why == AdjustReason.RESORTED;
            if (resort != (targetMaterial != null) || resort && (!known(targetMaterial)
                    || targetMaterial.equals(materialCode))) {
                out.add(Violation.of(ReasonCode.ADJUST_TARGET_INVALID, "targetMaterial"));
            }
        }
        Dates.check(day, "day", now, out);
        return out;
    }

    private static boolean known(String code) {
        return MaterialCatalogue.isStandard(code) || MaterialCatalogue.isValidCustomCode(code);
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("materialCode", materialCode);
        json.put("grams", grams);
        json.put("reason", reason);
        if (targetMaterial != null) {
            json.put("targetMaterial", targetMaterial);
        }
        if (note != null) {
            json.put("note", note);
        }
        json.put("day", day.toString());
        return json;
    }
}
