package th.wastebank.validation;

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
    /** Ops in one push, and bytes in one push body. */
    public static final int MAX_OPS_PER_PUSH = 500;
    public static final int MAX_PUSH_BYTES = 1024 * 1024;

    private Limits() {
    }
}
