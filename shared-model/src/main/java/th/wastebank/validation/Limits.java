package th.wastebank.validation;

import java.util.List;
import java.util.Optional;

/**
 * The bounds every input is checked against, on the phone before saving and on the server again.
 * Anything outside them is a typing slip (an extra zero on the scale) rather than a real deposit.
 */
public final class Limits {
    /** 1,000 kg in one line of one deposit. */
    public static final long MAX_LINE_GRAMS = 1_000_000L;
    /** 10,000 baht per kilogram (copper is about 300). */
    public static final long MAX_PRICE_PER_KG = 1_000_000L;
    public static final int MAX_LINES = 50;
    /** One million baht in a single withdrawal or payout. */
    public static final long MAX_AMOUNT = 100_000_000L;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_SHORT_TEXT = 100;
    public static final int MAX_NOTE_LENGTH = 1000;
    /** A material's code ({@code PET_CLEAR}, a bank's own {@code X_...}). */
    public static final int MAX_CODE_LENGTH = 32;
    /** A word from a fixed list (a status, a kind, a source). */
    public static final int MAX_WORD_LENGTH = 20;
    public static final int MAX_STORY_LENGTH = 4000;
    public static final int MAX_URL_LENGTH = 500;
    public static final int MAX_FILE_NAME_LENGTH = 300;
    /** A photo named by its SHA-256 in hex. */
    public static final int MAX_PHOTO_REF_LENGTH = 64;
    public static final int MAX_RECEIPT_NO_LENGTH = 20;
    /** Ops in one push, and bytes in one push body. */
    public static final int MAX_OPS_PER_PUSH = 500;
    public static final int MAX_PUSH_BYTES = 1024 * 1024;
    /** 20 tonnes of one material in one line of a sale (a full truck to a recycling company). */
    public static final long MAX_SALE_LINE_GRAMS = 20_000_000L;

    private Limits() {
    }

    /**
     * Whether a text fits {@code max} characters once trimmed, counted as the server counts them
     * (code points, so a Thai vowel mark is one); no text fits.
     */
    public static boolean fits(String text, int max) {
        if (text == null) {
            return true;
        }
        String trimmed = text.strip();
        return trimmed.codePointCount(0, trimmed.length()) <= max;
    }

    /** Adds TEXT_TOO_LONG for {@code field} when {@code text} does not fit {@code max}. */
    public static void checkText(String text, String field, int max, List<Violation> out) {
        if (!fits(text, max)) {
            out.add(Violation.of(ReasonCode.TEXT_TOO_LONG, field));
        }
    }

    /** Adds TEXT_TOO_LONG for {@code field[i]} for each text of the list that does not fit {@code max}. */
    public static void checkTexts(List<String> texts, String field, int max, List<Violation> out) {
        for (int i = 0; i < texts.size(); i++) {
            checkText(texts.get(i), field + "[" + i + "]", max, out);
        }
    }

    /** What is wrong with a sum of money handed over or levied (in satang): not positive, or absurd. */
    public static Optional<ReasonCode> amountProblem(long satang) {
        if (satang <= 0) {
            return Optional.of(ReasonCode.AMOUNT_NOT_POSITIVE);
        }
        return satang > MAX_AMOUNT ? Optional.of(ReasonCode.AMOUNT_TOO_LARGE) : Optional.empty();
    }

    /** Adds {@link #amountProblem} for {@code field}, when there is one. */
    public static void checkAmount(long satang, String field, List<Violation> out) {
        amountProblem(satang).ifPresent(code -> out.add(Violation.of(code, field)));
    }

    /** What is wrong with one line's weight (in grams): not positive, or more than one line may weigh. */
    public static Optional<ReasonCode> weightProblem(long grams) {
        return weightProblem(grams, MAX_LINE_GRAMS, ReasonCode.WEIGHT_TOO_LARGE);
    }

    /** What is wrong with a weight (in grams) that may be at most {@code max}: not positive, or {@code tooHeavy}. */
    public static Optional<ReasonCode> weightProblem(long grams, long max, ReasonCode tooHeavy) {
        if (grams <= 0) {
            return Optional.of(ReasonCode.WEIGHT_NOT_POSITIVE);
        }
        return grams > max ? Optional.of(tooHeavy) : Optional.empty();
    }

    /** Whether a buying price (satang per kg) is more than zero and not absurd. */
    public static boolean priceValid(long pricePerKg) {
        return pricePerKg > 0 && pricePerKg <= MAX_PRICE_PER_KG;
    }
}
