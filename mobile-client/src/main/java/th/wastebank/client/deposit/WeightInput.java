package th.wastebank.client.deposit;

import th.wastebank.client.common.NumberInput;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;

/**
 * A weight as typed on the scale's reading, in kilograms with up to three decimals ("2.5" or
 * "2,5"), turned into grams. Zero, negative and more than 1,000 kg in one line are refused by the
 * shared weight rule ({@link Limits#weightProblem}, the one a deposit's {@code validate()} runs); text that is not a number gets a message of the app's own.
 */
public final class WeightInput {
    private WeightInput() {
    }

    /**
     * Either {@code grams}, or the refusal: a {@code reason} from the shared rules or a
     * {@code messageKey} of the app's bundle.
     */
    public record Result(long grams, ReasonCode reason, String messageKey) {
        public boolean ok() {
            return reason == null && messageKey == null;
        }
    }

    public static Result parse(String text) {
        NumberInput.Parsed parsed = NumberInput.parse(text, 3);
        if (!parsed.ok()) {
            return switch (parsed.problem()) {
                case EMPTY -> new Result(0, null, "deposit.weight.missing");
                case NOT_A_NUMBER -> new Result(0, null, "deposit.weight.notNumber");
                case TOO_MANY_DECIMALS -> new Result(0, null, "deposit.weight.tooPrecise");
                case TOO_LARGE -> new Result(0, ReasonCode.WEIGHT_TOO_LARGE, null);
            };
        }
        return Limits.weightProblem(parsed.value()).map(reason -> new Result(0, reason, null))
                .orElseGet(() -> new Result(parsed.value(), null, null));
    }
}
