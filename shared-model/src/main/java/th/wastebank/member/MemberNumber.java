package th.wastebank.member;

import java.util.Optional;

/**
 * A member's number in their bank (ADR 0014): the server gives the bank's next running number
 * (1, 2, 3 ...) when it first applies the member's registration. It is written with at least four
 * digits and a check digit after a dash, {@code 0042-7}, on the card, its QR code, the member list
 * and the receipts, so that a mistyped digit or two swapped digits name nobody rather than another
 * member (the Damm check catches every single-digit error and every swap of neighbours).
 */
public final class MemberNumber {
    /** The largest running number: a bank with more members than this is not a village bank. */
    public static final long MAX = 999_999;

    private static final int[][] DAMM = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    private MemberNumber() {
    }

    /** True for a running number the server can give (1 to {@link #MAX}). */
    public static boolean inRange(long running) {
        return running >= 1 && running <= MAX;
    }

    /** The written form of a running number: {@code 42} is {@code 0042-7}. */
    public static String format(long running) {
        if (!inRange(running)) {
            throw new IllegalArgumentException("not a member number: " + running);
        }
        return String.format("%04d", running) + "-" + check(running);
    }

    /** The written form, or {@code null} for a member not numbered yet (registered offline, not synced). */
    public static String formatOrNull(Long running) {
        return running == null ? null : format(running);
    }

    /**
     * The running number a typed or scanned text names: digits with the check digit last, spaces and
     * one dash allowed, leading zeros optional ({@code 0042-7}, {@code 00427}, {@code 427}). Empty
     * when it is no member number: no digits, other characters, out of range or a wrong check digit.
     */
    public static Optional<Long> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.strip().replace(" ", "");
        int dash = digits.indexOf('-');
        if (dash >= 0) {
            if (dash != digits.length() - 2) {
                return Optional.empty();
            }
            digits = digits.substring(0, dash) + digits.substring(dash + 1);
        }
        if (digits.length() < 2 || digits.length() > 12 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Optional.empty();
        }
        long running = Long.parseLong(digits.substring(0, digits.length() - 1));
        int check = digits.charAt(digits.length() - 1) - '0';
        return inRange(running) && check(running) == check ? Optional.of(running) : Optional.empty();
    }

    /** The Damm check digit of the running number's decimal digits (leading zeros change nothing). */
    static int check(long running) {
        int interim = 0;
        for (char ch : Long.toString(running).toCharArray()) {
            interim = DAMM[interim][ch - '0'];
        }
        return interim;
    }
}
