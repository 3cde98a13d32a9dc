package th.wastebank.server.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.json.JsonMapper;

import th.wastebank.server.rollup.MonthlyTotals;
import th.wastebank.server.web.Texts;

/**
 * The monthly chart's data as JSON for the page's {@code data-chart} attribute, which area.js reads:
 * a page carries its data in an attribute, never in an inline script, so the Content-Security-Policy
 * can forbid inline script altogether. The chart always covers the twelve months up to this one, a
 * month without deposits shown as zero, so one busy month is not drawn as a single page-wide bar and
 * a quiet month is seen as quiet rather than missing.
 */
final class MonthlyChart {
    private MonthlyChart() {
    }

    static final int MONTHS = 12;

    static String json(JsonMapper json, Texts t, List<MonthlyTotals.Month> rows, YearMonth thisMonth) {
        List<MonthlyTotals.Month> months = twelveMonths(rows, thisMonth);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", months.stream().map(m -> t.month(m.month())).toList());
        chart.put("kg", months.stream().map(m -> m.grams() / 1000.0).toList());
        chart.put("baht", months.stream().map(m -> m.satang() / 100.0).toList());
        chart.put("kgLabel", t.get("area.kg"));
        chart.put("bahtLabel", t.get("area.baht"));
        try {
            return json.writeValueAsString(chart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether any month has a deposit or a payout; a chart of twelve zeros is left off the page. */
    static boolean hasData(List<MonthlyTotals.Month> rows) {
        return rows.stream().anyMatch(m -> m.grams() != 0 || m.satang() != 0 || m.withdrawalSatang() != 0);
    }

    /** The twelve months ending with {@code thisMonth}, oldest first, zero where no row is. */
    static List<MonthlyTotals.Month> twelveMonths(List<MonthlyTotals.Month> rows, YearMonth thisMonth) {
        return MonthlyTotals.lastMonths(rows, thisMonth, MONTHS);
    }
}
