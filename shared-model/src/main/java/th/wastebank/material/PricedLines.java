package th.wastebank.material;

import java.util.List;

import th.wastebank.money.Money;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * The rules of a list of priced lines with a total, the same for a deposit and a sale but for the
 * words: at least one line and not too many, a known material code, a weight within the bounds, a
 * valid price, each amount by the one amount rule, and a total that is their sum.
 */
public final class PricedLines {
    /** What differs between a deposit's lines and a sale's: the refusals' codes and the heaviest line. */
    public record Rules(ReasonCode noLines, ReasonCode tooManyLines, long maxGrams, ReasonCode tooHeavy,
                        ReasonCode priceInvalid) {
    }

    private PricedLines() {
    }

    /** Adds every broken rule of {@code lines} and {@code total}, with field paths {@code lines[i].grams}. */
    public static void check(List<? extends PricedLine> lines, long total, Rules rules, List<Violation> out) {
        if (lines.isEmpty()) {
            out.add(Violation.of(rules.noLines(), "lines"));
        } else if (lines.size() > Limits.MAX_LINES) {
            out.add(Violation.of(rules.tooManyLines(), "lines"));
        }
        long sum = 0;
        boolean linesPriced = true;
        for (int i = 0; i < lines.size(); i++) {
            PricedLine line = lines.get(i);
            String at = "lines[" + i + "].";
            int before = out.size();
            if (!MaterialCatalogue.isStandard(line.materialCode())
                    && !MaterialCatalogue.isValidCustomCode(line.materialCode())) {
                out.add(Violation.of(ReasonCode.UNKNOWN_MATERIAL, at + "materialCode"));
            }
            Limits.weightProblem(line.grams(), rules.maxGrams(), rules.tooHeavy()).ifPresent(code -> out.add(Violation.of(code, at + "grams")));
            if (!Limits.priceValid(line.pricePerKg())) {
                out.add(Violation.of(rules.priceInvalid(), at + "pricePerKg"));
            }
            if (out.size() == before && line.amount() != Money.amountFor(line.grams(), line.pricePerKg())) {
                out.add(Violation.of(ReasonCode.AMOUNT_MISMATCH, at + "amount"));
            }
            linesPriced &= out.size() == before;
            sum += line.amount();
        }
        if (linesPriced && !lines.isEmpty() && sum != total) {
            out.add(Violation.of(ReasonCode.TOTAL_MISMATCH, "total"));
        }
    }
}
