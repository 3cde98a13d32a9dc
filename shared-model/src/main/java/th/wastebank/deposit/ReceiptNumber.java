package th.wastebank.deposit;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * A receipt's number, read aloud and written by hand: the phone's two-character code, given by the
 * server at pairing from the phone's place in its bank's pairing order, then the phone's own
 * running number, e.g. {@code A7-000123}. Phones number offline and at the same time without ever
 * meeting, because no two phones of a bank share a code. The code's letters leave out I, O, 0 and
 * 1, which are misread on a printed slip.
 */
public final class ReceiptNumber {
    /** 32 characters: 1,024 phones per bank. */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int MAX_PHONES = ALPHABET.length() * ALPHABET.length();
    public static final long MAX_RUNNING = 999_999;
    private static final Pattern FORMAT = Pattern.compile("[A-HJ-NP-Z2-9]{2}-\\d{6}");

    private ReceiptNumber() {
    }

    /** The code of the bank's {@code order}-th paired phone (0 for the first). */
    public static String phoneCode(int order) {
        if (order < 0 || order >= MAX_PHONES) {
            throw new IllegalArgumentException("a bank has at most " + MAX_PHONES + " receipt codes, not " + order);
        }
        return "" + ALPHABET.charAt(order / ALPHABET.length()) + ALPHABET.charAt(order % ALPHABET.length());
    }

    /** {@code A7-000123}. */
    public static String format(String phoneCode, long running) {
        if (running < 1 || running > MAX_RUNNING) {
            throw new IllegalArgumentException("running number out of range: " + running);
        }
        String number = phoneCode + "-" + String.format("%06d", running);
        if (!isValid(number)) {
            throw new IllegalArgumentException("not a phone code: " + phoneCode);
        }
        return number;
    }

    /**
     * The number of a receipt made before receipt codes existed (or of a deposit stored without
     * one): the first 8 hex digits of the entry's id in capitals, as those receipts printed it.
     */
    public static String legacy(UUID entryId) {
        return entryId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** What a passbook shows for a numbered entry: the number it was stored under, else {@link #legacy}. */
    public static String shown(String stored, UUID entryId) {
        return stored != null ? stored : legacy(entryId);
    }

    public static boolean isValid(String number) {
        return number != null && FORMAT.matcher(number).matches();
    }

    /**
     * The rule for an op's optional {@code receiptNo} (a deposit's, a withdrawal's): absent, or of
     * the form {@code A7-000123}; a violation on {@code receiptNo} otherwise.
     */
    public static Optional<Violation> check(String receiptNo) {
        return receiptNo == null || isValid(receiptNo) ? Optional.empty()
                : Optional.of(Violation.of(ReasonCode.RECEIPT_NO_INVALID, "receiptNo"));
    }
}
