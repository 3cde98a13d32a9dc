package th.wastebank.server.report;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

import th.wastebank.server.audit.AuditLog;
import th.wastebank.server.progress.ReportingRounds;
import th.wastebank.server.progress.RoundDays;
import th.wastebank.server.staff.StaffCaller;
import th.wastebank.server.staff.StaffRole;
import th.wastebank.server.web.Page;
import th.wastebank.server.web.WebAuth;
import th.wastebank.server.web.WebProblem;

/**
 * The two levels of reporting rounds on the dashboard (ADR 0021). {@code /web/provinces/{code}/rounds}:
 * the province's own days for its อปท. (set by its officer or national staff, audited) and sending its
 * round report to the department (by its officer, audited). {@code /web/rounds}: national staff see
 * what each province sent for the department's round and which provinces are late;
 * {@code /web/rounds/{province}/{due}} shows one sent report as it was frozen.
 */
@Controller("/web")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RoundsController {
    private final RoundDays days;
    private final RoundSends sends;
    private final ProgressReports reports;
    private final AuditLog audit;

    public RoundsController(RoundDays days, RoundSends sends, ProgressReports reports, AuditLog audit) {
        this.days = days;
        this.sends = sends;
        this.reports = reports;
        this.audit = audit;
    }

    @Get("/provinces/{code}/rounds")
    public HttpResponse<?> province(HttpRequest<?> request, StaffCaller me, @PathVariable String code) {
        province(me, code);
        Optional<RoundDays.Own> own = days.own(code);
        return page(request, me, code, own.map(o -> o.schedule().daysText()).orElse(""),
                own.map(o -> o.schedule().firstDay().toString()).orElse(""), null, HttpStatus.OK);
    }

    @Post("/provinces/{code}/rounds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> setDays(HttpRequest<?> request, StaffCaller signedIn, @PathVariable String code,
                                   @Body Map<String, String> form) {
        StaffCaller me = WebAuth.checkCsrf(request, signedIn, form.get(WebAuth.CSRF_FIELD));
        province(me, code);
        RoundDays.Checked checked = days.check(form.get("days"), form.get("firstDay"));
        if (checked.schedule() == null) {
            return page(request, me, code, form.getOrDefault("days", ""), form.getOrDefault("firstDay", ""),
                    checked.errorKey(), HttpStatus.BAD_REQUEST);
        }
        ReportingRounds.Schedule s = checked.schedule();
        days.set(code, s, me.username(), audit.entry(me.id(), me.username(), "ROUND_DAYS_SET", code,
                "days " + s.daysText() + " first " + s.firstDay(), WebAuth.clientAddress(request)));
        return HttpResponse.seeOther(URI.create("/web/provinces/" + code + "/rounds?saved=1"));
    }

    /** Sends the province's current round report to the department; again in the same round replaces it. */
    @Post("/provinces/{code}/rounds/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> send(HttpRequest<?> request, StaffCaller signedIn, @PathVariable String code,
                                @Body Map<String, String> form) {
        StaffCaller me = WebAuth.checkCsrf(request, signedIn, form.get(WebAuth.CSRF_FIELD));
        province(me, code);
        if (me.role() != StaffRole.PROVINCE) {
            throw new WebProblem(HttpStatus.FORBIDDEN, "rounds.error.sendByProvince");
        }
        ProgressReports.Report report = reports.progress(new ReportArea(code), false).orElseThrow(WebProblem::notFound);
        LocalDate due = sends.departmentRound().dueOn();
        boolean again = sends.sentFor(due).containsKey(code);
        sends.send(code, report, me.username(), audit.entry(me.id(), me.username(),
                again ? "ROUND_REPORT_RESENT" : "ROUND_REPORT_SENT", code, "department due " + due + ", round "
                        + report.round().opensOn() + ".." + report.round().dueOn(), WebAuth.clientAddress(request)));
        return HttpResponse.seeOther(URI.create("/web/provinces/" + code + "/rounds?sent=1"));
    }

    /** National staff: every province's report for the department's current and last rounds, the late listed. */
    @Get("/rounds")
    public ModelAndView<Map<String, Object>> nation(HttpRequest<?> request, StaffCaller me) {
        if (!me.canSeeArea(null)) {
            throw WebProblem.forbidden();
        }
        ReportingRounds.Round now = sends.departmentRound();
        Optional<ReportingRounds.Round> last = sends.lastDepartmentRound();
        Map<String, RoundSends.Sent> sentNow = sends.sentFor(now.dueOn());
        Map<String, RoundSends.Sent> sentLast = last.map(r -> sends.sentFor(r.dueOn())).orElse(Map.of());
        List<Map<String, Object>> provinces = new ArrayList<>();
        List<Map<String, Object>> late = new ArrayList<>();
        for (Map.Entry<String, String> p : reports.provinces().entrySet()) {
            Map<String, Object> row = new HashMap<>();
            row.put("code", p.getKey());
            row.put("nameTh", p.getValue());
            row.put("now", sentNow.get(p.getKey()));
            row.put("last", sentLast.get(p.getKey()));
            provinces.add(row);
            if (last.isPresent() && !sentLast.containsKey(p.getKey())) {
                late.add(row);
            }
        }
        Map<String, Object> data = new HashMap<>();
        data.put("round", now);
        data.put("lastRound", last.orElse(null));
        data.put("roundText", ProgressExports.roundText(now));
        data.put("lastRoundText", ProgressExports.roundText(last.orElse(null)));
        data.put("provinces", provinces);
        data.put("late", late);
        data.put("fmt2", ThaiFormat.arabicDigits());
        return Page.of("rounds-nation", request, me, data);
    }

    /** One province's sent report, frozen: for national staff and the province itself. */
    @Get("/rounds/{code}/{due}")
    public ModelAndView<Map<String, Object>> sent(HttpRequest<?> request, StaffCaller me, @PathVariable String code,
                                                  @PathVariable String due) {
        Map.Entry<RoundSends.Sent, List<RoundSends.SentRow>> sent = sentReport(me, code, due);
        Map<String, Object> data = new HashMap<>();
        data.put("sent", sent.getKey());
        data.put("rows", sent.getValue());
        data.put("provinceTh", reports.provinces().getOrDefault(code, code));
        data.put("roundText", ProgressExports.roundText(new ReportingRounds.Round(sent.getKey().roundOpensOn(),
                sent.getKey().roundDueOn())));
        data.put("fmt2", ThaiFormat.arabicDigits());
        return Page.of("round-sent", request, me, data);
    }

    /** The same frozen report as CSV (UTF-8 with BOM), audited. */
    @Get("/rounds/{code}/{due}/csv")
    public HttpResponse<byte[]> sentCsv(HttpRequest<?> request, StaffCaller me, @PathVariable String code,
                                        @PathVariable String due) {
        Map.Entry<RoundSends.Sent, List<RoundSends.SentRow>> sent = sentReport(me, code, due);
        byte[] csv = ProgressExports.sentCsv(sent.getValue());
        audit.record(me.id(), me.username(), "ROUND_SENT_CSV_EXPORTED", code, "due " + due,
                WebAuth.clientAddress(request));
        return Downloads.file(csv, Downloads.CSV, "round-sent-" + code + "-" + due + ".csv");
    }

    /** A sent report the caller may read: national staff or the province itself; anything else is 404 or 403. */
    private Map.Entry<RoundSends.Sent, List<RoundSends.SentRow>> sentReport(StaffCaller me, String code, String due) {
        if (!code.matches("[0-9]{2}")) {
            throw WebProblem.notFound();
        }
        if (!me.canSeeProvince(code)) {
            throw WebProblem.forbidden();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(due);
        } catch (DateTimeParseException e) {
            throw WebProblem.notFound();
        }
        return sends.one(code, day).orElseThrow(WebProblem::notFound);
    }

    /** The province page's area rule: its own officer or national staff; a code that names none is not found. */
    private void province(StaffCaller me, String code) {
        if (!code.matches("[0-9]{2}")) {
            throw WebProblem.notFound();
        }
        if (!me.canSeeProvince(code)) {
            throw WebProblem.forbidden();
        }
        if (!reports.provinces().containsKey(code)) {
            throw WebProblem.notFound();
        }
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> page(HttpRequest<?> request, StaffCaller me, String code,
                                                                 String daysText, String firstDay, String errorKey,
                                                                 HttpStatus status) {
        Map<String, Object> data = new HashMap<>();
        ProgressReports.Report report = reports.progress(new ReportArea(code), false).orElseThrow(WebProblem::notFound);
        data.put("code", code);
        data.put("provinceTh", reports.provinces().get(code));
        data.put("own", days.own(code).orElse(null));
        data.put("schedule", days.forOrgsOf(code));
        data.put("department", ReportingRounds.DEPARTMENT);
        data.put("daysText", daysText);
        data.put("firstDay", firstDay);
        data.put("error", errorKey);
        data.put("report", report);
        data.put("roundText", ProgressExports.roundText(report.round()));
        data.put("reported", report.count(ProgressReports.Status.REPORTED));
        data.put("notReported", report.count(ProgressReports.Status.NOT_REPORTED));
        data.put("done", report.count(ProgressReports.Status.DONE));
        ReportingRounds.Round dept = sends.departmentRound();
        data.put("departmentRound", dept);
        data.put("departmentRoundText", ProgressExports.roundText(dept));
        data.put("sentNow", sends.sentFor(dept.dueOn()).get(code));
        data.put("sends", sends.ofProvince(code));
        data.put("canSend", me.role() == StaffRole.PROVINCE);
        data.put("saved", request.getParameters().contains("saved"));
        data.put("sentJust", request.getParameters().contains("sent"));
        data.put("fmt2", ThaiFormat.arabicDigits());
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(Page.of("rounds", request, me, data));
    }
}
