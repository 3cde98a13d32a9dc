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
                r.requiredString("materialCode", 32),
                r.requiredLong("pricePerKg"),
                r.requiredDate("effectiveFrom"),
                r.optionalString("nameTh", Limits.MAX_SHORT_TEXT),
                r.optionalString("nameEn", Limits.MAX_SHORT_TEXT));
        return r.ok() ? p : null;
    }

    @Override
    public OpType type() {
        return OpType.PRICE_SET;
    }

    @Override
    public List<Violation> validate(Instant now) {
        List<Violation> out = new ArrayList<>();
        boolean standard = MaterialCatalogue.isStandard(materialCode);
        if (!standard && !MaterialCatalogue.isValidCustomCode(materialCode)) {
            out.add(Violation.of(ReasonCode.UNKNOWN_MATERIAL, "materialCode"));
        } else if (!standard && nameTh == null) {
            out.add(Violation.of(ReasonCode.MATERIAL_NAME_REQUIRED, "nameTh"));
        }
        if (pricePerKg <= 0 || pricePerKg > Limits.MAX_PRICE_PER_KG) {
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
