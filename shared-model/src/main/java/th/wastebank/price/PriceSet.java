package th.wastebank.price;

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
 * Sets the bank's buying price of one material from a date ({@code price.set}). A code outside the
 * standard catalogue introduces the bank's own material and must carry its Thai name.
 */
public record PriceSet(String materialCode, long pricePerKg, LocalDate effectiveFrom, String nameTh,
                       String nameEn) implements OpPayload {

    public static PriceSet read(PayloadReader r) {
        PriceSet p = new PriceSet(
                r.requiredString("materialCode"),
                r.requiredLong("pricePerKg"),
                r.requiredDate("effectiveFrom"),
                r.optionalString("nameTh"),
                r.optionalString("nameEn"));
        return r.ok() ? p : null;
    }

    @Override
    public OpType type() {
        return OpType.PRICE_SET;
    }

    @Override
    public List<Violation> limits() {
        List<Violation> out = new ArrayList<>();
        Limits.checkText(materialCode, "materialCode", Limits.MAX_CODE_LENGTH, out);
        Limits.checkText(nameTh, "nameTh", Limits.MAX_SHORT_TEXT, out);
        Limits.checkText(nameEn, "nameEn", Limits.MAX_SHORT_TEXT, out);
        return out;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = limits();
        boolean standard = MaterialCatalogue.isStandard(materialCode);
        if (!standard && !MaterialCatalogue.isValidCustomCode(materialCode)) {
            out.add(Violation.of(ReasonCode.UNKNOWN_MATERIAL, "materialCode"));
        } else if (!standard && nameTh == null) {
            out.add(Violation.of(ReasonCode.MATERIAL_NAME_REQUIRED, "nameTh"));
        }
        if (!Limits.priceValid(pricePerKg)) {
            out.add(Violation.of(ReasonCode.PRICE_INVALID, "pricePerKg"));
        }
        Dates.check(effectiveFrom, "effectiveFrom", now, out);
        return out;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("materialCode", materialCode);
        json.put("pricePerKg", pricePerKg);
        json.put("effectiveFrom", effectiveFrom.toString());
        if (nameTh != null) {
            json.put("nameTh", nameTh);
        }
        if (nameEn != null) {
            json.put("nameEn", nameEn);
        }
        return json;
    }
}
