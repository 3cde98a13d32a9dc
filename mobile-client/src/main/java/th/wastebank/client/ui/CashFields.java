package th.wastebank.client.ui;

import java.util.List;

import th.wastebank.client.common.NumberInput;
import th.wastebank.client.i18n.Messages;
import th.wastebank.validation.Approvals;
import th.wastebank.validation.Limits;
import th.wastebank.validation.ReasonCode;

/**
 * The fields of cash handed over on a form (a withdrawal, a payout from the fund, money into the
 * fund, a levy's confirmation): the amount as typed in baht and the two committee members who
 * confirm it. They are checked field by field by the shared rules the op's {@code validate()} runs
 * ({@link Limits#amountProblem}, {@link Approvals#twoDifferent}), so the form refuses before saving
 * exactly what the server would refuse.
 */
public final class CashFields {
    private CashFields() {
    }

    /**
     * What is wrong with the amount, in the current language, or null: text that is not baht (the
     * screen's own messages {@code keyPrefix.missing}, {@code .notNumber}, {@code .tooPrecise}),
     * then the shared amount rule.
     */
    public static String amountProblem(Messages m, NumberInput.Parsed amount, String keyPrefix) {
        if (!amount.ok()) {
            return switch (amount.problem()) {
                case EMPTY -> m.get(keyPrefix + ".missing");
                case NOT_A_NUMBER -> m.get(keyPrefix + ".notNumber");
                case TOO_MANY_DECIMALS -> m.get(keyPrefix + ".tooPrecise");
                case TOO_LARGE -> m.reason(ReasonCode.AMOUNT_TOO_LARGE);
            };
        }
        return Limits.amountProblem(amount.value()).map(m::reason).orElse(null);
    }

    /**
     * Satang as a person types them in an amount field ("1234.50": the current format's digits, no
     * thousands separator), for a field the form fills in (a balance, a rule's amount).
     */
    public static String typed(Messages m, long satang) {
        return m.format().bahtAmount(satang).replace(",", "");
    }

    /** The message of {@code missing} unless the two names are two different people by the shared rule; else null. */
    public static String approversProblem(Messages m, String first, String second, ReasonCode missing) {
        return Approvals.twoDifferent(List.of(nz(first), nz(second))) ? null : m.reason(missing);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
