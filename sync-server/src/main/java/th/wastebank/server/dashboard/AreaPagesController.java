package th.wastebank.server.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

import th.wastebank.server.progress.ProgressQueries;
import th.wastebank.server.progress.ProgressRows;
import th.wastebank.server.progress.ReportingRounds;
import th.wastebank.server.report.RoundSends;
import th.wastebank.server.rollup.MonthlyTotals;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.web.Page;
import th.wastebank.server.web.Texts;
import th.wastebank.server.web.WebAuth;
import th.wastebank.server.web.WebProblem;
import th.wastebank.server.welfare.WelfareQueries;
import th.wastebank.validation.Dates;

/**
 * The drill-down: nation → province → district, each with the five steps against the target, a map
 * of its อปท. coloured by step, kilograms and baht per month, and the reporting round. Each page is
 * only for staff whose area contains it.
 */
@Controller("/web")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AreaPagesController {
    /** Up to this many orgs that have not reported are named on a page; beyond it, only counted. */
    public static final int ROUND_LIST_LIMIT = 300;
    /** The income per round covers the current round and this many before it, less. */
    static final int INCOME_ROUNDS = 6;
    private final ProgressQueries progress;
    private final DashboardQueries queries;
    private final ProgressRows rows;
    private final MonthlyTotals totals;
    private final WelfareQueries welfare;
    private final Clock clock;
    private final JsonMapper json;
    private final RoundSends sends;

    public AreaPagesController(ProgressQueries progress, DashboardQueries queries, ProgressRows rows,
                               MonthlyTotals totals, WelfareQueries welfare, Clock clock, JsonMapper json,
                               RoundSends sends) {
        this.progress = progress;
        this.queries = queries;
        this.rows = rows;
        this.totals = totals;
        this.welfare = welfare;
        this.clock = clock;
        this.json = json;
        this.sends = sends;
    }

    @Get("/nation")
    public ModelAndView<Map<String, Object>> nation(HttpRequest<?> request, StaffCaller me) {
        if (!me.canSeeArea(null)) {
            throw WebProblem.forbidden();
        }
        ProgressQueries.AreaDetail detail = progress.nation();
        return area(request, me, "nation", null, detail.area(), detail.parts(), null);
    }

    @Get("/provinces/{code}")
    public ModelAndView<Map<String, Object>> province(HttpRequest<?> request, StaffCaller me,
                                                      @PathVariable String code) {
        if (!me.canSeeProvince(code)) {
            throw WebProblem.forbidden();
        }
        ProgressQueries.AreaDetail detail = progress.province(code).orElseThrow(WebProblem::notFound);
        return area(request, me, "province", code, detail.area(), detail.parts(), null);
    }

    @Get("/districts/{code}")
    public ModelAndView<Map<String, Object>> district(HttpRequest<?> request, StaffCaller me,
                                                      @PathVariable String code) {
        if (!me.canSeeDistrict(code)) {
            throw WebProblem.forbidden();
        }
        ProgressQueries.DistrictDetail detail = progress.district(code).orElseThrow(WebProblem::notFound);
        return area(request, me, "district", code, detail.area(), List.of(), detail.orgs());
    }

    /** The map's points for an area the caller may see (JSON, fetched by the page). */
    @Get("/map.json")
    public List<ProgressRows.MapPoint> map(HttpRequest<?> request, StaffCaller me,
                                           @QueryValue @Nullable String area) {
        String code = area == null || area.isBlank() ? null : area;
        if (!me.canSeeArea(code)) {
            throw WebProblem.forbidden();
        }
        return rows.map(code);
    }

    /** An area that does not exist is the "not found" page, not the API's problem document. */
    private ModelAndView<Map<String, Object>> area(HttpRequest<?> request, StaffCaller me, String level, String code,
                                                   ProgressQueries.AreaProgress area,
                                                   List<ProgressQueries.AreaProgress> parts,
                                                   List<ProgressQueries.OrgProgress> orgs) {
        YearMonth thisMonth = YearMonth.now(clock.withZone(Dates.THAI));
        Texts t = Texts.of(request);
        List<MonthlyTotals.Month> months = totals.months(code, thisMonth.minusMonths(MonthlyChart.MONTHS - 1));
        Map<String, Object> data = new HashMap<>();
        data.put("level", level);
        data.put("code", code == null ? "" : code);
        if ("province".equals(level)) {
            // whether the province has sent this department round's report yet, and by when it is due
            LocalDate due = sends.departmentRound().dueOn();
            data.put("departmentDue", due);
            data.put("sentToDepartment", sends.sentFor(due).get(code));
        }
        data.put("area", area);
        data.put("parts", parts);
        data.put("orgs", orgs == null ? List.of() : orgs);
        data.put("monthly", MonthlyChart.json(json, t, months, thisMonth));
        data.put("monthlyHasData", MonthlyChart.hasData(months));
        String province = code == null ? null : code.substring(0, 2);
        data.put("provinceTh", province == null ? "" : level.equals("province") ? area.nameTh()
                : queries.provinceNameTh(province));
        data.put("round", progress.roundSummary(code, ROUND_LIST_LIMIT));
        data.put("incomeRounds", rows.incomeByRound(code, lastRounds(progress.schedule(code), INCOME_ROUNDS)));
        data.put("welfare", welfare.kinds(code, thisMonth.minusMonths(MonthlyChart.MONTHS - 1)));
        data.put("income", rows.incomeByMonth(code, thisMonth.minusMonths(MonthlyChart.MONTHS - 1).atDay(1)));
        return Page.of("area", request, me, data);
    }

    /** The current round and those before it, the latest first, at most {@code n} (none before the first day). */
    private List<ReportingRounds.Round> lastRounds(ReportingRounds.Schedule schedule, int n) {
        LocalDate today = LocalDate.now(clock.withZone(Dates.THAI));
        List<ReportingRounds.Round> out = new java.util.ArrayList<>();
        ReportingRounds.Round r = ReportingRounds.current(schedule, today);
        out.add(r);
        while (out.size() < n) {
            java.util.Optional<ReportingRounds.Round> before = ReportingRounds.previous(schedule, r.dueOn());
            if (before.isEmpty() || !before.get().dueOn().isBefore(r.dueOn())) {
                break;
            }
            r = before.get();
            out.add(r);
        }
        return out;
    }
}
