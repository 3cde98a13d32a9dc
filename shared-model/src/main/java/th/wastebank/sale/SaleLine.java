package th.wastebank.sale;

import java.util.LinkedHashMap;
import java.util.Map;

import th.wastebank.json.PayloadReader;
import th.wastebank.material.PricedLine;
import th.wastebank.money.Money;

/** One material of a sale, weighed and priced at the buyer's price; {@code amount} by the one amount rule. */
public record SaleLine(String materialCode, long grams, long pricePerKg, long amount) implements PricedLine {

    /** A line priced by the one amount rule. */
    public static SaleLine priced(String materialCode, long grams, long pricePerKg) {
        return new SaleLine(materialCode, grams, pricePerKg, Money.amountFor(grams, pricePerKg));
    }

    static SaleLine read(PayloadReader r) {
        return new SaleLine(r.requiredString("materialCode"), r.requiredLong("grams"), r.requiredLong("pricePerKg"),
                r.requiredLong("amount"));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("materialCode", materialCode);
        json.put("grams", grams);
        json.put("pricePerKg", pricePerKg);
        json.put("amount", amount);
        return json;
    }
}
