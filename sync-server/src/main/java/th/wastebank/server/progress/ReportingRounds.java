package th.wastebank.server.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fixed days of the month on which อปท. report their progress upward: the 5th and 15th by
 * default, other days where a province sets them (Tak: the 3rd and 13th). A round runs from the day
 * after one due day to the next due day, inclusive.
 */
public final class ReportingRounds {
    public static final List<Integer> DEFAULT_DAYS = List.of(5, 15);

    private ReportingRounds() {
    }

    /** One round: reports dated {@code opensOn} to {@code dueOn} (inclusive) count for it. */
    public record Round(LocalDate opensOn, LocalDate dueOn) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(opensOn) && !day.isAfter(dueOn);
        }
    }

    /** The round whose due day is today or next. */
    public static Round current(List<Integer> days, LocalDate today) {
        List<LocalDate> dues = dueDates(days, today);
        for (int i = 1; i < dues.size(); i++) {
            if (!dues.get(i).isBefore(today)) {
                return new Round(dues.get(i - 1).plusDays(1), dues.get(i));
            }
        }
        throw new IllegalStateException("no due date after " + today);
    }

    /** The round that closed last (its due day is before today): who missed it is late. */
    public static Round previous(List<Integer> days, LocalDate today) {
        Round now = current(days, today);
        return current(days, now.opensOn().minusDays(1));
    }

    /** "3,13" → [3, 13]; blank or malformed → the default days. */
    public static List<Integer> parseDays(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_DAYS;
        }
        try {
            List<Integer> days = Arrays.stream(text.split(",")).map(String::strip).map(Integer::parseInt)
                    .filter(d -> d >= 1 && d <= 28).sorted().distinct().toList();
            return days.isEmpty() ? DEFAULT_DAYS : days;
        } catch (NumberFormatException e) {
            return DEFAULT_DAYS;
        }
    }

    private static List<LocalDate> dueDates(List<Integer> days, LocalDate around) {
        List<LocalDate> out = new ArrayList<>();
        for (int m = -2; m <= 2; m++) {
            LocalDate month = around.withDayOfMonth(1).plusMonths(m);
            for (int d : days) {
                out.add(month.withDayOfMonth(Math.min(d, month.lengthOfMonth())));
            }
        }
        out.sort(null);
        return out;
    }
}
