package th.wastebank.server.progress;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;

import th.wastebank.server.db.Jdbc;
import th.wastebank.validation.Dates;

/**
 * The rounds of reporting, on two levels (ADR 0021). The department's round for provinces: first on
 * Monday 15 Sep 2025, then every 5th and 15th. A province's round for its อปท.: the days and first
 * day its officer set (Tak: first 1 Oct 2025, then the 3rd and 13th); a province that set none judges
 * its อปท. by the department's. A round runs from the day after one due day to the next due day,
 * inclusive. The first day is the first due day: it takes the place of the regular due day on or
 * after it (Tak's 1 Oct stands for 3 Oct, the next is 13 Oct), and no round is due before it.
 * A day past a month's end (29–31) is that month's last day.
 */
public final class ReportingRounds {
    public static final List<Integer> DEFAULT_DAYS = List.of(5, 15);
    /** The department's letter: "ครั้งแรกในวันจันทร์ที่ ๑๕ กันยายน ๒๕๖๘ ครั้งถัดไปทุกวันที่ ๕, ๑๕ ของทุกเดือน". */
    public static final Schedule DEPARTMENT = new Schedule(DEFAULT_DAYS, LocalDate.of(2025, 9, 15));
    /** At most this many due days a month. */
    public static final int MAX_DAYS = 4;

    private ReportingRounds() {
    }

    /** Due days of the month (1–31, ascending) from a first due day on. */
    public record Schedule(List<Integer> days, LocalDate firstDay) {
        public Schedule {
            days = List.copyOf(days);
        }

        /** "3, 13" for a page or a form. */
        public String daysText() {
            return String.join(", ", days.stream().map(String::valueOf).toList());
        }
    }

    /** One round: reports received {@code opensOn} to {@code dueOn} (inclusive) count for it. */
    public record Round(LocalDate opensOn, LocalDate dueOn) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(opensOn) && !day.isAfter(dueOn);
        }

        /** The first instant of the round: its first day's midnight in Thailand, as the UTC a column holds. */
        public LocalDateTime fromUtc() {
            return Jdbc.utc(opensOn.atStartOfDay(Dates.THAI).toInstant());
        }

        /** The instant after the round: the midnight that ends its due day in Thailand, in UTC. */
        public LocalDateTime untilUtc() {
            return Jdbc.utc(dueOn.plusDays(1).atStartOfDay(Dates.THAI).toInstant());
        }
    }

    /** The round whose due day is today or next (before the first day: the first round). */
    public static Round current(Schedule schedule, LocalDate today) {
        List<LocalDate> dues = dueDates(schedule, today.isBefore(schedule.firstDay()) ? schedule.firstDay() : today);
        for (int i = 1; i < dues.size(); i++) {
            if (!dues.get(i).isBefore(today)) {
                return new Round(dues.get(i - 1).plusDays(1), dues.get(i));
            }
        }
        throw new IllegalStateException("no due date after " + today);
    }

    /** The round that closed last (its due day is before today): who missed it is late. None before the first day has passed. */
    public static Optional<Round> previous(Schedule schedule, LocalDate today) {
        Round now = current(schedule, today);
        if (!now.dueOn().isAfter(schedule.firstDay())) {
            return Optional.empty();
        }
        return Optional.of(current(schedule, now.opensOn().minusDays(1)));
    }

    /** The round due on a day, when the day is a due day of the schedule. */
    public static Optional<Round> dueOn(Schedule schedule, LocalDate due) {
        Round r = current(schedule, due);
        return r.dueOn().equals(due) ? Optional.of(r) : Optional.empty();
    }

    /** "3,13" → [3, 13] as stored (checked when set); blank or malformed → the default days. */
    public static List<Integer> parseDays(String text) {
        return days(text).orElse(DEFAULT_DAYS);
    }

    /**
     * The days an officer typed ("3, 13" or "3 13"): 1 to {@value #MAX_DAYS} distinct days of 1–31,
     * ascending; none when the text is not that.
     */
    public static Optional<List<Integer>> days(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Integer> raw = Arrays.stream(text.strip().split("[,\\s]+")).map(Integer::parseInt).toList();
            List<Integer> days = raw.stream().sorted().distinct().toList();
            if (days.size() != raw.size() || days.size() > MAX_DAYS || days.get(0) < 1 || days.get(days.size() - 1) > 31) {
                return Optional.empty();
            }
            return Optional.of(days);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An ISO date from a form's date field; none when it is not one. */
    public static Optional<LocalDate> firstDay(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The due dates around a day on or after the first day: the regular days of the months around it,
     * the first day in place of the regular due day on or after it, and the regular due day before
     * the first day (the day before the first round opens).
     */
    private static List<LocalDate> dueDates(Schedule schedule, LocalDate around) {
        LocalDate first = schedule.firstDay();
        LocalDate replaced = regular(schedule, first.minusMonths(1), first.plusMonths(1)).stream()
                .filter(d -> !d.isBefore(first)).findFirst().orElseThrow();
        LocalDate before = regular(schedule, first.minusMonths(2), first).stream()
                .filter(d -> d.isBefore(first)).reduce((a, b) -> b).orElseThrow();
        List<LocalDate> out = new ArrayList<>(List.of(before, first));
        regular(schedule, around.minusMonths(3), around.plusMonths(2)).stream()
                .filter(d -> d.isAfter(first) && !d.equals(replaced)).forEach(out::add);
        return out.stream().sorted().distinct().toList();
    }

    /** The regular due days of the months from one day's month to another's, ascending. */
    private static List<LocalDate> regular(Schedule schedule, LocalDate fromMonth, LocalDate toMonth) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate month = fromMonth.withDayOfMonth(1); !month.isAfter(toMonth); month = month.plusMonths(1)) {
            for (int d : schedule.days()) {
                out.add(month.withDayOfMonth(Math.min(d, month.lengthOfMonth())));
            }
        }
        return out.stream().sorted().distinct().toList();
    }
}
