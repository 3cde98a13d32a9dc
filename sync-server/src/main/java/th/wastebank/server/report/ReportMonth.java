package th.wastebank.server.report;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

import th.wastebank.server.web.WebProblem;
import th.wastebank.validation.Dates;

/** The month a monthly report is asked for: {@code 2026-10}, not after this month; by default the last whole month. */
final class ReportMonth {
    private ReportMonth() {
    }

    static YearMonth parse(@Nullable String text, Clock clock) {
        YearMonth thisMonth = YearMonth.now(clock.withZone(Dates.THAI));
        if (text == null || text.isBlank()) {
            return thisMonth.minusMonths(1);
        }
        try {
            YearMonth m = YearMonth.parse(text.strip());
            if (m.isAfter(thisMonth) || m.getYear() < 2000) {
                throw new WebProblem(HttpStatus.BAD_REQUEST, "bp.error.month");
            }
            return m;
        } catch (DateTimeParseException e) {
            throw new WebProblem(HttpStatus.BAD_REQUEST, "bp.error.month");
        }
    }
}
