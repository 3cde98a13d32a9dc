package th.wastebank.client.common;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a decimal number as a committee member types it on a phone keypad, into a whole number of
 * the smallest unit (grams from kilograms, satang from baht). Either "." or "," is the decimal
 * separator (scales and keypads show both); there are no thousands separators, so "2,5" is two
 * and a half. Thai digits (๐–๙) and surrounding spaces are accepted.
 */
public final class NumberInput {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private NumberInput() {
    }

    /** Why a text is not a usable number, or that it is one. */
    public enum Problem {
        EMPTY,
        NOT_A_NUMBER,
        TOO_MANY_DECIMALS,
        TOO_LARGE
    }

    /** Either {@code value} (in the smallest unit) or a {@code problem}. */
    public record Parsed(long value, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /**
     * @param decimals how many decimals the unit allows: 3 for kilograms to grams, 2 for baht to satang
     */
    public static Parsed parse(String text, int decimals) {
        String s = text == null ? "" : westernDigits(text.strip()).replace(" ", "");
        if (s.isEmpty()) {
            return new Parsed(0, Problem.EMPTY);
        }
        if (!NUMBER.matcher(s).matches()) {
            return new Parsed(0, Problem.NOT_A_NUMBER);
        }
        BigDecimal scaled = new BigDecimal(s.replace(',', '.').replace("+", "")).movePointRight(decimals);
        if (scaled.signum() != 0 && scaled.stripTrailingZeros().scale() > 0) {
            return new Parsed(0, Problem.TOO_MANY_DECIMALS);
        }
        try {
            return new Parsed(scaled.longValueExact(), null);
        } catch (ArithmeticException e) {
            return new Parsed(0, Problem.TOO_LARGE);
        }
    }

    /** "๒.๕" → "2.5". */
    public static String westernDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return out.toString();
    }
}
