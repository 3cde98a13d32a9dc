package th.wastebank.member;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who and what is counted as a bank's members and villages: the one definition the official
 * monthly form, the dashboard, a levy, a dividend and the phone use, so two screens never give two
 * figures for one อปท.
 */
public final class Membership {
    /** The lowest and highest หมู่ที่ a village can have. */
    public static final int MIN_VILLAGE_NO = 1;
    public static final int MAX_VILLAGE_NO = 99;

    /** "หมู่ 4", "หมู่ที่ 4", "ม.4", "ม 4", "หมู่ที่ ๔": the หมู่ที่ number in a typed village. */
    private static final Pattern TYPED_NUMBER = Pattern.compile(
            "(?:หมู่\\s*ที่|หมู่|(?<!\\p{IsThai})ม\\.?)\\s*([0-9๐-๙]{1,2})(?![0-9๐-๙])");

    private Membership() {
    }

    /**
     * The village a member's typed village names: the text trimmed; a blank one names none and is
     * not counted as a village.
     */
    public static String village(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** True for a หมู่ที่ a village can have. */
    public static boolean villageNoInRange(int no) {
        return no >= MIN_VILLAGE_NO && no <= MAX_VILLAGE_NO;
    }

    /**
     * The one key a member's village is counted by (null: none): the หมู่ที่ picked from the bank's
     * village list; else the หมู่ที่ a typed village names ("หมู่ 4", "หมู่ที่ 4", "ม.4" and "หมู่ที่ ๔" are
     * all หมู่ 4); else the typed text with its spaces squeezed. So a village counts once however it
     * was written, and members registered before the list count with those picked from it.
     */
    public static String villageKey(Integer villageNo, String typed) {
        if (villageNo != null) {
            return "หมู่ " + villageNo;
        }
        String text = village(typed);
        if (text == null) {
            return null;
        }
        Matcher m = TYPED_NUMBER.matcher(text);
        if (m.find()) {
            int no = Integer.parseInt(arabic(m.group(1)));
            if (villageNoInRange(no)) {
                return "หมู่ " + no;
            }
        }
        return text.replaceAll("\\s+", " ");
    }

    private static String arabic(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        digits.chars().forEach(ch -> out.append(ch >= '๐' && ch <= '๙' ? (char) ('0' + (ch - '๐')) : (char) ch));
        return out.toString();
    }

    /** A member is active (counted, levied) on {@code day} once they had joined by that day. */
    public static boolean activeOn(LocalDate joinedOn, LocalDate day) {
        return activeOn(joinedOn, null, day);
    }

    /**
     * A member is active (counted, levied, shared a dividend) on {@code day} when they had joined by
     * that day and had not yet left: {@code leftOn} is the day they moved away, died, left or were
     * merged into another record (null: still a member), and from that day on they are not counted.
     */
    public static boolean activeOn(LocalDate joinedOn, LocalDate leftOn, LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }

    /**
     * True once a member has left by {@code day} (moved away, died, left or merged on or before it):
     * not counted, and no longer given a card.
     */
    public static boolean leftBy(LocalDate leftOn, LocalDate day) {
        return leftOn != null && !leftOn.isAfter(day);
    }

    /** The day membership ended: the earlier of the day the status names and the day of a merge. */
    public static LocalDate leftOn(LocalDate statusLeftOn, LocalDate mergedOn) {
        if (statusLeftOn == null) {
            return mergedOn;
        }
        return mergedOn == null || statusLeftOn.isBefore(mergedOn) ? statusLeftOn : mergedOn;
    }
}
