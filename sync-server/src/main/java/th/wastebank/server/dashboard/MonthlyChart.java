package th.wastebank.server.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.json.JsonMapper;

/**
 * The monthly chart's data as JSON for the page's {@code data-chart} attribute, which area.js reads:
 * a page carries its data in an attribute, never in an inline script, so the Content-Security-Policy
 * can forbid inline script altogether.
 */
final class MonthlyChart {
    private MonthlyChart() {
    }

    static String json(JsonMapper json, Texts t, List<DashboardQueries.Month> months) {
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
}
