package th.wastebank.deposit;

import java.util.LinkedHashMap;
import java.util.Map;

import th.wastebank.json.PayloadReader;
import th.wastebank.material.PricedLine;
import th.wastebank.money.Money;

/**
 * One weighed material of a deposit, with the price used at the time: a later price change never
 * rewrites it. {@code amount} must equal {@link Money#amountFor(long, long)}.
 */
public record DepositLine(String materialCode, long grams, long pricePerKg, long amount) implements PricedLine {

    /** A line priced by the one amount rule. */
    public static DepositLine priced(String materialCode, long grams, long pricePerKg) {
        return new DepositLine(materialCode, grams, pricePerKg, Money.amountFor(grams, pricePerKg));
    }

    static DepositLine read(PayloadReader r) {
        return new DepositLine(
                r.requiredString("materialCode"),
                r.requiredLong("grams"),
                r.requiredLong("pricePerKg"),
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
