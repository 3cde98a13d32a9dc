package th.wastebank.server.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

import th.wastebank.server.audit.AuditLog;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.web.Page;
import th.wastebank.server.web.WebAuth;
import th.wastebank.server.web.WebProblem;
import th.wastebank.validation.Dates;

/**
 * The "1 อปท. 1 ผลิตภัณฑ์" reports of an area: progress per reporting round ({@code /web/reports/progress},
 * as a page, XLSX or CSV) and the late list ({@code /web/reports/late}, as a page or CSV). The area
 * is {@code ?area=} (a province or district code), by default the caller's own.
 */
@Controller("/web/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProgressReportController {
    /** A page shows this many rows; the files hold them all. */
    static final int PAGE_ROWS = 1_000;
    private final ProgressReports reports;
    private final AuditLog audit;
    private final Clock clock;

    public ProgressReportController(ProgressReports reports, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    @Get("/progress")
    public ModelAndView<Map<String, Object>> progress(HttpRequest<?> request, StaffCaller me,
                                                      @QueryValue @Nullable String area,
                                                      @QueryValue @Nullable String round) {
        ProgressReports.Report report = reports.progress(area(me, area), "last".equals(round))
                .orElseThrow(WebProblem::notFound);
        Map<String, Object> data = new HashMap<>();
        data.put("report", report);
        data.put("roundText", ProgressExports.roundText(report.round()));
        data.put("areaQuery", report.area().query());
        data.put("roundQuery", report.currentRound() ? "" : "round=last");
        data.put("rows", firstRows(report.rows()));
        data.put("more", Math.max(0, report.rows().size() - PAGE_ROWS));
        data.put("reported", report.count(ProgressReports.Status.REPORTED));
        data.put("notReported", report.count(ProgressReports.Status.NOT_REPORTED));
        data.put("done", report.count(ProgressReports.Status.DONE));
        data.put("fmt2", ThaiFormat.arabicDigits());
        return Page.of("progress-report", request, me, data);
    }

    @Get("/progress/xlsx")
    public HttpResponse<byte[]> progressXlsx(HttpRequest<?> request, StaffCaller me, @QueryValue @Nullable String area,
                                             @QueryValue @Nullable String round) {
        ProgressReports.Report report = reports.progress(area(me, area), "last".equals(round))
                .orElseThrow(WebProblem::notFound);
        byte[] xlsx = ProgressExports.progressXlsx(report, LocalDate.now(clock.withZone(Dates.THAI)));
        audited(request, me, "PROGRESS_XLSX_EXPORTED", report.area(), "due " + report.round().dueOn());
        return Downloads.file(xlsx, Downloads.XLSX, "progress-" + report.area().label() + "-" + report.round().dueOn()
                + ".xlsx");
    }

    @Get("/progress/csv")
    public HttpResponse<byte[]> progressCsv(HttpRequest<?> request, StaffCaller me, @QueryValue @Nullable String area,
                                            @QueryValue @Nullable String round) {
        ProgressReports.Report report = reports.progress(area(me, area), "last".equals(round))
                .orElseThrow(WebProblem::notFound);
        byte[] csv = ProgressExports.progressCsv(report);
        audited(request, me, "PROGRESS_CSV_EXPORTED", report.area(), "due " + report.round().dueOn());
        return Downloads.file(csv, Downloads.CSV, "progress-" + report.area().label() + "-" + report.round().dueOn()
                + ".csv");
    }

    @Get("/late")
    public ModelAndView<Map<String, Object>> late(HttpRequest<?> request, StaffCaller me,
                                                  @QueryValue @Nullable String area) {
        ProgressReports.LateList list = reports.late(area(me, area)).orElseThrow(WebProblem::notFound);
        Map<String, Object> data = new HashMap<>();
        data.put("list", list);
        data.put("roundText", ProgressExports.roundText(list.round()));
        data.put("lastRoundText", ProgressExports.roundText(list.lastRound()));
        data.put("notReported", firstRows(list.notReported()));
        data.put("late", firstRows(list.late()));
        data.put("areaQuery", list.area().query());
        data.put("fmt2", ThaiFormat.arabicDigits());
        return Page.of("late", request, me, data);
    }

    @Get("/late/csv")
    public HttpResponse<byte[]> lateCsv(HttpRequest<?> request, StaffCaller me, @QueryValue @Nullable String area) {
        ProgressReports.LateList list = reports.late(area(me, area)).orElseThrow(WebProblem::notFound);
        byte[] csv = ProgressExports.lateCsv(list);
        audited(request, me, "LATE_LIST_CSV_EXPORTED", list.area(), "due " + list.round().dueOn());
        return Downloads.file(csv, Downloads.CSV, "late-" + list.area().label() + "-" + list.round().dueOn() + ".csv");
    }

    private static <T> List<T> firstRows(List<T> rows) {
        return rows.size() > PAGE_ROWS ? rows.subList(0, PAGE_ROWS) : rows;
    }

    private void audited(HttpRequest<?> request, StaffCaller me, String action, ReportArea area, String detail) {
        audit.record(me.id(), me.username(), action, area.label(), detail, WebAuth.clientAddress(request));
    }

    /** The area asked for: the not-found page for a code that names none, 403 outside the caller's scope. */
    private static ReportArea area(StaffCaller me, @Nullable String requested) {
        ReportArea area = ReportArea.requested(me, requested).orElseThrow(WebProblem::notFound);
        if (!me.canSeeArea(area.code())) {
            throw WebProblem.forbidden();
        }
        return area;
    }
}
