package th.wastebank.member;

import java.time.LocalDate;

/**
 * Who and what is counted as a bank's members and villages: the one definition the official
 * monthly form, the dashboard, a levy and the phone use, so two screens never give two figures for
 * one อปท.
 */
public final class Membership {
    private Membership() {
    }

    /**
     * The village a member's typed village names: the text trimmed; a blank one names none and is
     * not counted as a village.
     */
    public static String village(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** A member is active (counted, levied) on {@code day} once they had joined by that day. */
    public static boolean activeOn(LocalDate joinedOn, LocalDate day) {
        return !joinedOn.isAfter(day);
    }
}
